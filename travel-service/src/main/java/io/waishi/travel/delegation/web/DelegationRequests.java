package io.waishi.travel.delegation.web;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.delegation.Budget;
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

/** The JSON shapes of the delegation API. Clients never send status, ids or audit fields. */
final class DelegationRequests {

    private DelegationRequests() {
    }

    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String COUNTRY_PATTERN = "[A-Z]{2}";
    static final String COUNTRY_MESSAGE = "must be an ISO 3166 country code";

    record Text(@NotBlank @Size(max = 200) String zh, @Size(max = 200) String en) {

        LocalizedText toDomain() {
            return LocalizedText.of(zh, en);
        }
    }

    record MemberRequest(@NotBlank @Size(max = 100) String name, @Size(max = 100) String unit,
            @NotBlank @Size(max = 100) String post, RankLevel rank, MemberRole role, Boolean unitHead) {

        Member toDomain() {
            return new Member(name, unit, post, rank, role, Boolean.TRUE.equals(unitHead));
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
            @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = COUNTRY_PATTERN, message = COUNTRY_MESSAGE) String> destinationCountries,
            @NotNull LocalDate departureDate,
            @NotNull LocalDate returnDate,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid MemberRequest> members,
            @Size(max = 30) List<@NotNull @Valid LegRequest> legs,
            @Size(max = 200) List<@NotNull @Valid ScheduleItemRequest> schedule,
            @Size(max = 20) List<@NotBlank @Size(max = 300) String> tasks,
            @Valid InvitationRequest invitation,
            @Valid BudgetRequest budget) {

        TripPlan toPlan() {
            return new TripPlan(title.toDomain(), category, Boolean.TRUE.equals(beltAndRoad), Boolean.TRUE.equals(urgent),
                    partnerCityId, destinationCountries,
                    departureDate, returnDate, members.stream().map(MemberRequest::toDomain).toList(),
                    legs == null ? List.of() : legs.stream().map(LegRequest::toDomain).toList(),
                    schedule == null ? List.of() : schedule.stream().map(ScheduleItemRequest::toDomain).toList(),
                    tasks, invitation == null ? null : invitation.toDomain(),
                    budget == null ? null : budget.toDomain());
        }
    }

    record WaiverRequest(@NotBlank @Pattern(regexp = "[A-Z_]{3,60}", message = "must be a rule code") String ruleCode,
            @NotBlank @Size(min = 10, max = 1000) String reason) {
    }

    /** What the rules say of a plan: empty when it may be submitted. */
    record PrecheckView(boolean submittable, List<RuleViolation> violations) {

        static PrecheckView of(List<RuleViolation> violations) {
            return new PrecheckView(violations.isEmpty(), violations);
        }
    }

    record DelegationView(String id, String unit, LocalizedText title, DelegationCategory category,
            boolean beltAndRoad, boolean urgent, boolean greenChannel, String partnerCityId,
            List<String> destinationCountries, LocalDate departureDate, LocalDate returnDate, long daysAbroad,
            List<Member> members, List<ItineraryLeg> legs, List<ScheduleItem> schedule, List<String> tasks,
            Invitation invitation, Budget budget, DelegationStatus status, String createdBy, Instant createdAt,
            List<StatusChange> history, List<Waiver> waivers, long version) {

        static DelegationView of(Delegation delegation) {
            TripPlan plan = delegation.plan();
            return new DelegationView(delegation.id(), delegation.unit(), plan.title(), plan.category(),
                    plan.beltAndRoad(), plan.urgent(), plan.greenChannel(), plan.partnerCityId(),
                    plan.destinationCountries(), plan.departureDate(), plan.returnDate(), plan.daysAbroad(),
                    plan.members(), plan.legs(), plan.schedule(), plan.tasks(), plan.invitation(), plan.budget(),
                    delegation.status(), delegation.createdBy(), delegation.createdAt(), delegation.history(),
                    delegation.waivers(), delegation.version() == null ? 0 : delegation.version());
        }
    }
}
