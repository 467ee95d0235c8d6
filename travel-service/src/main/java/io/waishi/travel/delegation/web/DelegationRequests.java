package io.waishi.travel.delegation.web;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.web.RuleViolationViews;
import io.waishi.platform.web.RuleViolationViews.ViolationView;
import io.waishi.travel.delegation.ApprovingLevel;
import io.waishi.travel.delegation.Attachment;
import io.waishi.travel.delegation.Budget;
import io.waishi.travel.delegation.CorrectionNotice;
import io.waishi.travel.delegation.Deadline;
import io.waishi.travel.delegation.DeadlineKind;
import io.waishi.travel.delegation.Decision;
import io.waishi.travel.delegation.DelegationAct;
import io.waishi.travel.delegation.OfficeDay;
import io.waishi.travel.delegation.PreTripNotice;
import io.waishi.travel.delegation.ResultsNotice;
import io.waishi.travel.delegation.SafetyAlert;
import io.waishi.travel.delegation.Trip;
import io.waishi.travel.delegation.TripReport;
import io.waishi.travel.delegation.TripReportDraft;
import io.waishi.travel.delegation.Delegation;
import io.waishi.travel.delegation.DelegationCategory;
import io.waishi.travel.delegation.DelegationStatus;
import io.waishi.travel.delegation.Invitation;
import io.waishi.travel.delegation.ItineraryLeg;
import io.waishi.travel.delegation.Member;
import io.waishi.travel.delegation.MemberRole;
import io.waishi.travel.delegation.RankLevel;
import io.waishi.travel.delegation.ScheduleItem;
import io.waishi.travel.delegation.StatusChange;
import io.waishi.travel.delegation.TripPlan;
import io.waishi.travel.delegation.Waiver;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The JSON shapes of the delegation API. Clients never send status, ids or audit fields. */
final class DelegationRequests {

    private DelegationRequests() {
    }

    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String COUNTRY_PATTERN = "[A-Z]{2}";
    static final String COUNTRY_MESSAGE = "must be an ISO 3166 country code";
    static final String PERSON_ID_PATTERN = "[A-Za-z0-9-]{1,40}";
    static final String REASON_MESSAGE = "must be a written reason of 10 to 1000 characters";

    record Text(@NotBlank @Size(max = 200) String zh, @Size(max = 200) String en) {

        LocalizedText toDomain() {
            return LocalizedText.of(zh, en);
        }
    }

    record MemberRequest(@NotBlank @Size(max = 100) String name, @Size(max = 100) String unit,
            @NotBlank @Size(max = 100) String post, RankLevel rank, MemberRole role, Boolean unitHead,
            @Pattern(regexp = PERSON_ID_PATTERN, message = "must be the office's person id") String personId) {

        Member toDomain() {
            return new Member(name, unit, post, rank, role, Boolean.TRUE.equals(unitHead), personId);
        }
    }

    record LegRequest(@NotNull @Pattern(regexp = COUNTRY_PATTERN, message = COUNTRY_MESSAGE) String country,
            @Size(max = 100) String city, @NotNull LocalDate arrival, @NotNull LocalDate departure, Boolean transit,
            Boolean exitsAirport) {

        ItineraryLeg toDomain() {
            return new ItineraryLeg(country, city, arrival, departure, Boolean.TRUE.equals(transit),
                    Boolean.TRUE.equals(exitsAirport));
        }
    }

    record ScheduleItemRequest(@NotNull LocalDate date, @NotBlank @Size(max = 300) String activity,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") BigDecimal hours, Boolean official) {

        ScheduleItem toDomain() {
            return new ScheduleItem(date, activity, hours, Boolean.TRUE.equals(official));
        }
    }

    record InvitationRequest(@NotBlank @Size(max = 200) String invitingBody, @Size(max = 200) String signer,
            @Size(max = 500) String relationship, @NotNull Invitation.InviterKind inviterKind,
            Boolean translationAttached) {

        Invitation toDomain() {
            return new Invitation(invitingBody, signer, relationship, inviterKind, Boolean.TRUE.equals(translationAttached));
        }
    }

    record BudgetItemRequest(@NotBlank @Size(max = 200) String description, @NotNull @PositiveOrZero BigDecimal amountYuan) {
    }

    record BudgetRequest(@Size(max = 50) List<@NotNull @Valid BudgetItemRequest> items,
            @Size(max = 200) String fundingSource, Boolean financeSealConfirmed) {

        Budget toDomain() {
            return new Budget(items == null ? List.of()
                    : items.stream().map(item -> new Budget.Item(item.description(), item.amountYuan())).toList(),
                    fundingSource, Boolean.TRUE.equals(financeSealConfirmed));
        }
    }

    record DraftDelegation(
            @NotNull @Valid Text title,
            @NotNull DelegationCategory category,
            Boolean beltAndRoad,
            Boolean urgent,
            @Pattern(regexp = UUID_PATTERN, message = "must be a partner city id") String partnerCityId,
            Boolean signsAgreement,
            @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = COUNTRY_PATTERN, message = COUNTRY_MESSAGE) String> destinationCountries,
            @NotNull LocalDate departureDate,
            @NotNull LocalDate returnDate,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid MemberRequest> members,
            @Size(max = 30) List<@NotNull @Valid LegRequest> legs,
            @Size(max = 200) List<@NotNull @Valid ScheduleItemRequest> schedule,
            @Size(max = 20) List<@NotBlank @Size(max = 300) String> tasks,
            @Valid InvitationRequest invitation,
            @Valid BudgetRequest budget,
            @Pattern(regexp = "[A-Za-z0-9-]{1,20}", message = "must be an item id of the unit's annual plan") String planItemId,
            Boolean replacesPlannedTrip,
            @Size(max = 30) List<@NotNull @Valid AttachmentRequest> attachments) {

        TripPlan toPlan() {
            return new TripPlan(title.toDomain(), category, Boolean.TRUE.equals(beltAndRoad), Boolean.TRUE.equals(urgent),
                    partnerCityId, Boolean.TRUE.equals(signsAgreement), destinationCountries,
                    departureDate, returnDate, members.stream().map(MemberRequest::toDomain).toList(),
                    legs == null ? List.of() : legs.stream().map(LegRequest::toDomain).toList(),
                    schedule == null ? List.of() : schedule.stream().map(ScheduleItemRequest::toDomain).toList(),
                    tasks, invitation == null ? null : invitation.toDomain(),
                    budget == null ? null : budget.toDomain(), planItemId, Boolean.TRUE.equals(replacesPlannedTrip),
                    attachments == null ? List.of() : attachments.stream().map(AttachmentRequest::toDomain).toList());
        }
    }

    record AttachmentRequest(@NotNull Attachment.Kind kind,
            @NotBlank @Size(max = 500) @Pattern(regexp = "[^\\s]+", message = "must be a document reference without spaces")
            String ref,
            @Size(max = 200) String title) {

        Attachment toDomain() {
            return new Attachment(kind, ref, title);
        }
    }

    record WaiverRequest(@NotBlank @Pattern(regexp = "[A-Z_]{3,60}", message = "must be a rule code") String ruleCode,
            @NotBlank @Size(min = 10, max = 1000) String reason) {
    }

    /** What the rules say of a plan, with the words a 422 would carry: empty when it may be submitted. */
    record PrecheckView(boolean submittable, List<ViolationView> violations) {

        static PrecheckView of(List<RuleViolation> violations, RuleViolationViews views) {
            return new PrecheckView(violations.isEmpty(), views.of(violations));
        }
    }

    record ObjectionRequest(@NotBlank @Size(max = 2000) String summary, LocalDate receivedOn) {
    }

    record ResolutionRequest(@NotBlank @Size(max = 2000) String resolution) {
    }

    record CorrectionRequest(@NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 500) String> items) {
    }

    record ApprovalRequest(@Size(max = 100) String authorityReference) {
    }

    record ReasonRequest(@NotBlank @Size(min = 10, max = 1000, message = REASON_MESSAGE) String reason) {
    }

    record OptionalReasonRequest(@Size(max = 1000) String reason) {
    }

    record DayRequest(LocalDate date) {
    }

    record ResultsRequest(LocalDate publishedOn, @NotBlank @Size(max = 500) String where) {
    }

    record TripReportRequest(@NotNull @Valid Text summary, @NotBlank @Size(max = 20000) String facts,
            @Size(max = 30) List<@NotBlank @Size(max = 500) String> tasksDone,
            @Size(max = 5000) String disciplineNote,
            @PositiveOrZero BigDecimal fundsUsedYuan,
            @Size(max = 30) List<@NotBlank @Size(max = 500) String> followUps,
            @Size(max = 50) List<@NotBlank @Size(max = 300) String> photoRefs) {

        TripReportDraft toDraft() {
            return new TripReportDraft(summary.toDomain(), facts, tasksDone, disciplineNote, fundsUsedYuan, followUps,
                    photoRefs);
        }
    }

    /** A watched date as staff see it: due, near (within the warning days), missed, or met. */
    record DeadlineView(DeadlineKind kind, LocalDate dueOn, Instant metAt, String state) {

        static DeadlineView of(Deadline deadline, OfficeDay day) {
            String state;
            if (!deadline.isOpen()) {
                state = deadline.isMissed(day.today(), day.calendar().zoneId()) ? "MET_LATE" : "MET";
            } else if (day.today().isAfter(deadline.dueOn())) {
                state = "MISSED";
            } else if (day.calendar().workingDaysBetween(day.today(), deadline.dueOn())
                    <= day.policy().intValue(io.waishi.travel.policy.TravelParameter.DEADLINE_WARNING_WORKING_DAYS)) {
                state = "DUE_SOON";
            } else {
                state = "DUE";
            }
            return new DeadlineView(deadline.kind(), deadline.dueOn(), deadline.metAt(), state);
        }
    }

    record DelegationView(String id, String unit, LocalizedText title, DelegationCategory category,
            boolean beltAndRoad, boolean urgent, boolean greenChannel, String partnerCityId, boolean signsAgreement,
            List<String> destinationCountries, LocalDate departureDate, LocalDate returnDate, long daysAbroad,
            List<Member> members, List<ItineraryLeg> legs, List<ScheduleItem> schedule, List<String> tasks,
            Invitation invitation, Budget budget, String planItemId, boolean replacesPlannedTrip,
            List<Attachment> attachments, DelegationStatus status, Set<DelegationAct> actions, RankLevel mostSeniorRank,
            ApprovingLevel approvingLevel, String createdBy, Instant createdAt, Instant submittedAt,
            PreTripNotice preTripNotice, CorrectionNotice correctionNotice, Decision decision, Trip trip,
            TripReport report, ResultsNotice resultsNotice, String endReason, List<DeadlineView> deadlines,
            List<SafetyAlert> safetyWarnings, List<StatusChange> history, List<Waiver> waivers, long version) {

        /** The file as {@code actor} sees it, with the acts they may perform on it now. */
        static DelegationView of(Delegation delegation, Actor actor, OfficeDay day) {
            TripPlan plan = delegation.plan();
            Set<DelegationAct> actions = delegation.status().allowedActs().stream()
                    .filter(act -> delegation.mayPerform(actor, act))
                    .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(DelegationAct.class)));
            return new DelegationView(delegation.id(), delegation.unit(), plan.title(), plan.category(),
                    plan.beltAndRoad(), plan.urgent(), delegation.greenChannel(), plan.partnerCityId(),
                    plan.signsAgreement(), plan.destinationCountries(), plan.departureDate(), plan.returnDate(), plan.daysAbroad(),
                    plan.members(), plan.legs(), plan.schedule(), plan.tasks(), plan.invitation(), plan.budget(),
                    plan.planItemId(), plan.replacesPlannedTrip(), plan.attachments(), delegation.status(), actions,
                    delegation.mostSeniorRank(), delegation.approvingLevel(), delegation.createdBy(),
                    delegation.createdAt(), delegation.submittedAt(), delegation.preTripNotice().orElse(null),
                    delegation.correctionNotice().orElse(null), delegation.decision().orElse(null),
                    delegation.trip().orElse(null), delegation.report().orElse(null),
                    delegation.resultsNotice().orElse(null), delegation.endReason().orElse(null),
                    delegation.deadlines().stream().map(deadline -> DeadlineView.of(deadline, day)).toList(),
                    delegation.activeSafetyAlerts(), delegation.history(), delegation.waivers(),
                    delegation.version() == null ? 0 : delegation.version());
        }
    }
}
