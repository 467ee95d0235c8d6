package io.waishi.travel.delegation;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.travel.delegation.DelegationEvents.DelegationApproved;
import io.waishi.travel.delegation.DelegationEvents.DelegationCancelled;
import io.waishi.travel.delegation.DelegationEvents.DelegationClosed;
import io.waishi.travel.delegation.DelegationEvents.DelegationDeadlineAlerted;
import io.waishi.travel.delegation.DelegationEvents.DelegationDeparted;
import io.waishi.travel.delegation.DelegationEvents.DelegationRejected;
import io.waishi.travel.delegation.DelegationEvents.DelegationReturned;
import io.waishi.travel.delegation.DelegationEvents.DelegationReturnedForCorrection;
import io.waishi.travel.delegation.DelegationEvents.DelegationSubmitted;
import io.waishi.travel.delegation.DelegationEvents.DelegationWithdrawn;
import io.waishi.travel.delegation.DelegationEvents.TripReportSubmitted;
import io.waishi.travel.delegation.rules.TravelRulebook;
import io.waishi.travel.delegation.rules.TripContext;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelParameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A unit's application to send a delegation abroad (出访团组), from draft to closed file. Every act checks,
 * in order: the state allows it (409), the actor may do it — role, and unit for unit staff — (403), the
 * rules allow it (422, every broken rule at once); then it changes the file and records the event.
 */
@Document("delegations")
public class Delegation extends AggregateRoot {

    /** Roles that see every unit's files. */
    private static final Role[] OFFICE_WIDE = {Role.FAO_OFFICER, Role.FAO_DIRECTOR, Role.AUDITOR, Role.ADMIN};
    private static final int MIN_REASON_LENGTH = 10;

    private final String unit;
    private TripPlan plan;
    private DelegationStatus status;
    /** Kept beside the plan so the queue can sort green-channel files first. */
    private boolean greenChannel;
    private final String createdBy;
    private final Instant createdAt;
    private String submittedBy;
    private Instant submittedAt;
    private PreTripNotice preTripNotice;
    private CorrectionNotice correctionNotice;
    private String acceptedBy;
    private Decision decision;
    private Trip trip;
    private TripReport report;
    private ResultsNotice resultsNotice;
    private String endReason;
    private final List<Deadline> deadlines;
    private final List<StatusChange> history;
    private final List<Waiver> waivers;
    private final List<SafetyAlert> safetyAlerts;

    @PersistenceCreator
    Delegation(String id, Long version, String unit, TripPlan plan, DelegationStatus status, boolean greenChannel,
            String createdBy, Instant createdAt, String submittedBy, Instant submittedAt, PreTripNotice preTripNotice,
            CorrectionNotice correctionNotice, String acceptedBy, Decision decision, Trip trip, TripReport report,
            ResultsNotice resultsNotice, String endReason, List<Deadline> deadlines, List<StatusChange> history,
            List<Waiver> waivers, List<SafetyAlert> safetyAlerts) {
        super(id, version);
        this.unit = unit;
        this.plan = plan;
        this.status = status;
        this.greenChannel = greenChannel;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.preTripNotice = preTripNotice;
        this.correctionNotice = correctionNotice;
        this.acceptedBy = acceptedBy;
        this.decision = decision;
        this.trip = trip;
        this.report = report;
        this.resultsNotice = resultsNotice;
        this.endReason = endReason;
        this.deadlines = mutable(deadlines);
        this.history = mutable(history);
        this.waivers = mutable(waivers);
        this.safetyAlerts = mutable(safetyAlerts);
    }

    private static <T> List<T> mutable(List<T> list) {
        return list == null ? new ArrayList<>() : new ArrayList<>(list);
    }

    /** A unit clerk opens a new file for their own unit. */
    public static Delegation draft(String id, Actor clerk, TripPlan plan, Instant now) {
        clerk.require("draft a delegation", Role.UNIT_CLERK);
        String unit = clerk.requireUnit("draft a delegation");
        return new Delegation(id, null, unit, plan, DelegationStatus.DRAFT, plan.greenChannel(), clerk.userId(), now,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The unit's clerk changes the plan while it is a draft or after a correction notice. */
    public void revise(Actor actor, TripPlan revised) {
        authorize(actor, DelegationAct.REVISE);
        this.plan = revised;
        this.greenChannel = revised.greenChannel();
    }

    /**
     * An FAO director decides, in writing, that a rule shall not stop this file. The waiver is kept with
     * the file; the director still decides the approval later, so nobody waives and submits in one step.
     */
    public void waive(Actor director, String ruleCode, String reason, Instant now) {
        authorize(director, DelegationAct.WAIVE);
        waivers.removeIf(existing -> existing.ruleCode().equals(ruleCode));
        waivers.add(new Waiver(ruleCode, reason, director.userId(), now));
    }

    /** The broken rules that stop this file: every violation whose rule has not been waived. */
    public List<RuleViolation> blockingViolations(TripContext context, PolicySnapshot policy) {
        return unwaived(TravelRulebook.check(plan, context, policy));
    }

    private List<RuleViolation> unwaived(List<RuleViolation> violations) {
        return violations.stream()
                .filter(violation -> waivers.stream().noneMatch(waiver -> waiver.ruleCode().equals(violation.code())))
                .toList();
    }

    /**
     * The clerk sends the file to the unit's signatory. Every travel rule is checked under the policy in
     * force on the day of submission; any broken rule refuses the submission, all reported together. A
     * green-channel file's service-level target starts here.
     */
    public void submit(Actor actor, TripContext context, OfficeDay day) {
        authorize(actor, DelegationAct.SUBMIT);
        refuseIfAny(blockingViolations(context, day.policy()));
        submittedBy = actor.userId();
        submittedAt = day.now();
        if (greenChannel) {
            int target = day.policy().intValue(TravelParameter.GREEN_CHANNEL_TARGET_WORKING_DAYS);
            deadlines.add(Deadline.due(DeadlineKind.GREEN_CHANNEL_DECISION, day.calendar().addWorkingDays(day.today(), target)));
        }
        moveTo(DelegationStatus.SUBMITTED, actor, day.now(), null);
        record(new DelegationSubmitted(id(), unit, plan.title(), plan.category(), greenChannel, plan.partnerCityId(),
                plan.destinationCountries(), plan.departureDate(), plan.returnDate(), plan.members().size(), day.now()));
    }

    /**
     * The unit's signatory signs the file for the unit, which sends it to the office and posts the
     * pre-trip notice. Nobody signs what they submitted themselves.
     */
    public void sign(Actor signatory, OfficeDay day) {
        authorize(signatory, DelegationAct.SIGN);
        if (signatory.userId().equals(submittedBy)) {
            throw new ActNotPermittedException(DelegationAct.SIGN.description(), "nobody signs a file they submitted");
        }
        int required = day.policy().intValue(TravelParameter.PRE_TRIP_NOTICE_WORKING_DAYS);
        preTripNotice = new PreTripNotice(day.today(), required, day.calendar().addWorkingDays(day.today(), required),
                List.of());
        moveTo(DelegationStatus.SIGNED, signatory, day.now(), null);
    }

    /** Someone objects to the trip while the notice is up; the objection stops the approval until resolved. */
    public Objection recordObjection(Actor actor, String summary, LocalDate receivedOn, Instant now) {
        authorize(actor, DelegationAct.RECORD_OBJECTION);
        Objection objection = new Objection(UUID.randomUUID().toString(), summary, receivedOn, actor.userId(), now,
                null, null, null);
        preTripNotice = preTripNotice.withObjection(objection);
        return objection;
    }

    public void resolveObjection(Actor actor, String objectionId, String resolution, Instant now) {
        authorize(actor, DelegationAct.RESOLVE_OBJECTION);
        Objection objection = preTripNotice.objections().stream().filter(o -> o.id().equals(objectionId)).findFirst()
                .orElseThrow(() -> new io.waishi.platform.domain.NotFoundException("Objection", objectionId));
        if (objection.isResolved()) {
            throw new ActNotAllowedInStateException(DelegationAct.RESOLVE_OBJECTION.description(), "RESOLVED");
        }
        preTripNotice = preTripNotice.withResolved(objection.resolve(resolution, actor.userId(), now));
    }

    /** The officer finds the file complete and puts it before the director. */
    public void accept(Actor officer, Instant now) {
        authorize(officer, DelegationAct.ACCEPT);
        acceptedBy = officer.userId();
        moveTo(DelegationStatus.ACCEPTED, officer, now, null);
    }

    /**
     * The officer sends an incomplete file back with the list of what to correct — once per file (S9). The
     * unit has CORRECTION_WORKING_DAYS working days to resubmit.
     */
    public void returnForCorrection(Actor officer, List<String> items, OfficeDay day) {
        authorize(officer, DelegationAct.RETURN_FOR_CORRECTION);
        if (correctionNotice != null) {
            throw new RuleViolationException(List.of(RuleViolation.of("CORRECTION_NOTICE_ONCE", null, Map.of(
                    "noticeSentAt", correctionNotice.requestedAt().toString(), "source", "S9"))));
        }
        int days = day.policy().intValue(TravelParameter.CORRECTION_WORKING_DAYS);
        LocalDate dueOn = day.calendar().addWorkingDays(day.today(), days);
        correctionNotice = new CorrectionNotice(items, officer.userId(), day.now(), dueOn, null);
        deadlines.add(Deadline.due(DeadlineKind.CORRECTION, dueOn));
        moveTo(DelegationStatus.CORRECTION_REQUESTED, officer, day.now(), null);
        record(new DelegationReturnedForCorrection(id(), unit, plan.title(), items, dueOn, day.now()));
    }

    /**
     * The clerk sends the corrected file back to the office, by the due day. The plan rules are checked
     * again, since the correction may have changed the plan.
     */
    public void resubmit(Actor clerk, TripContext context, OfficeDay day) {
        authorize(clerk, DelegationAct.RESUBMIT);
        List<RuleViolation> violations = new ArrayList<>();
        if (day.today().isAfter(correctionNotice.dueOn())) {
            violations.add(RuleViolation.of("CORRECTION_OVERDUE", null, parameterContext(day.policy(),
                    TravelParameter.CORRECTION_WORKING_DAYS, Map.of("dueOn", correctionNotice.dueOn().toString()))));
        }
        violations.addAll(blockingViolations(context, day.policy()));
        refuseIfAny(violations);
        correctionNotice = correctionNotice.resubmitted(day.now());
        meet(DeadlineKind.CORRECTION, day.now());
        moveTo(DelegationStatus.SIGNED, clerk, day.now(), null);
    }

    /**
     * An FAO director approves the trip. The file needs the officer's acceptance, except on the simplified
     * path of city-owned enterprises and universities; the pre-trip notice must have been served without
     * an open objection; above the office's own level the approval cites the higher authority's reference.
     * Nobody approves a file they created. The rules on facts that may have changed since submission (the
     * partner's national approval) are checked again.
     */
    public void approve(Actor director, String authorityReference, boolean simplifiedPath, TripContext context,
            OfficeDay day) {
        authorize(director, DelegationAct.APPROVE);
        if (status == DelegationStatus.SIGNED && !simplifiedPath) {
            throw new ActNotAllowedInStateException(DelegationAct.APPROVE.description()
                    + " before the officer accepted it", status.name());
        }
        requireNotCreator(director, DelegationAct.APPROVE);
        ApprovingLevel level = approvingLevel();
        // Only the notice's length can be waived (e.g. for the green channel); an open objection must be
        // settled, and a decision above the office rests on the higher authority's reference.
        List<RuleViolation> violations = new ArrayList<>(unwaived(noticePeriodViolations(day)));
        violations.addAll(unwaived(TravelRulebook.checkAtDecision(plan, context, day.policy())));
        int open = preTripNotice.openObjections().size();
        if (open > 0) {
            violations.add(RuleViolation.of("PRE_TRIP_NOTICE_OBJECTION", null, Map.of("openObjections", open,
                    "source", "S4")));
        }
        if (level != ApprovingLevel.FOREIGN_AFFAIRS_OFFICE && (authorityReference == null || authorityReference.isBlank())) {
            violations.add(RuleViolation.of("APPROVAL_REFERENCE_REQUIRED", "authorityReference", Map.of(
                    "approvingLevel", level.name(), "mostSeniorRank", mostSeniorRank().name(), "source", "S10")));
        }
        refuseIfAny(violations);
        decision = new Decision(true, level, authorityReference, null, director.userId(), day.now());
        meet(DeadlineKind.GREEN_CHANNEL_DECISION, day.now());
        moveTo(DelegationStatus.APPROVED, director, day.now(), null);
        record(new DelegationApproved(id(), unit, plan.title(), plan.category(), greenChannel, plan.partnerCityId(),
                plan.destinationCountries(), plan.departureDate(), plan.returnDate(), plan.members().size(), level,
                day.now()));
    }

    /** The working days the pre-trip notice still lacks. */
    private List<RuleViolation> noticePeriodViolations(OfficeDay day) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!preTripNotice.servedOn(day.today())) {
            violations.add(RuleViolation.of("PRE_TRIP_NOTICE_PERIOD", null, Map.of(
                    "parameter", TravelParameter.PRE_TRIP_NOTICE_WORKING_DAYS.name(),
                    "limit", java.math.BigDecimal.valueOf(preTripNotice.requiredDays()),
                    "actual", day.calendar().workingDaysBetween(preTripNotice.postedOn(), day.today()),
                    "postedOn", preTripNotice.postedOn().toString(), "endsOn", preTripNotice.endsOn().toString(),
                    "source", day.policy().source(TravelParameter.PRE_TRIP_NOTICE_WORKING_DAYS))));
        }
        return violations;
    }

    /** An FAO director refuses the trip, in writing. */
    public void reject(Actor director, String reason, Instant now) {
        authorize(director, DelegationAct.REJECT);
        requireReason(reason, DelegationAct.REJECT);
        decision = new Decision(false, approvingLevel(), null, reason, director.userId(), now);
        meet(DeadlineKind.GREEN_CHANNEL_DECISION, now);
        endWatching();
        endReason = reason;
        moveTo(DelegationStatus.REJECTED, director, now, reason);
        record(new DelegationRejected(id(), unit, plan.title(), plan.destinationCountries(), plan.departureDate(),
                plan.returnDate(), reason, now));
    }

    /** The unit takes its file back before the decision. A draft nobody else has seen leaves no event. */
    public void withdraw(Actor actor, String reason, Instant now) {
        authorize(actor, DelegationAct.WITHDRAW);
        DelegationStatus from = status;
        endWatching();
        endReason = reason;
        moveTo(DelegationStatus.WITHDRAWN, actor, now, reason);
        if (from != DelegationStatus.DRAFT) {
            record(new DelegationWithdrawn(id(), unit, plan.title(), from, now));
        }
    }

    /** Every person's official passport is lent for the trip, due back departure + approved days + 7 (S7). */
    public void issuePassports(Actor officer, int passportsLent, LocalDate dueBack, Instant now) {
        authorize(officer, DelegationAct.ISSUE_PASSPORTS);
        trip = Trip.passportsIssued(passportsLent, dueBack);
        moveTo(DelegationStatus.PASSPORTS_ISSUED, officer, now, null);
    }

    /** The day the passports of this trip are due back: departure + approved days + PASSPORT_RETURN_DAYS. */
    public LocalDate passportsDueBack(PolicySnapshot policy) {
        return plan.departureDate().plusDays(plan.daysAbroad())
                .plusDays(policy.intValue(TravelParameter.PASSPORT_RETURN_DAYS));
    }

    /**
     * The trip will not happen. Passports already lent are recalled at once, so they count as due back
     * from the day of cancellation.
     */
    public void cancel(Actor actor, String reason, int passportsOutstanding, Instant now) {
        authorize(actor, DelegationAct.CANCEL);
        requireReason(reason, DelegationAct.CANCEL);
        endWatching();
        endReason = reason;
        moveTo(DelegationStatus.CANCELLED, actor, now, reason);
        record(new DelegationCancelled(id(), unit, plan.title(), plan.partnerCityId(), plan.destinationCountries(),
                plan.departureDate(), plan.returnDate(), reason, passportsOutstanding, now));
    }

    /** The delegation left; not before the office day it happened, not before the approved departure. */
    public void depart(Actor actor, LocalDate departedOn, OfficeDay day) {
        authorize(actor, DelegationAct.DEPART);
        requireDayBetween(departedOn, plan.departureDate(), day.today(), DelegationAct.DEPART);
        trip = trip.departed(departedOn);
        moveTo(DelegationStatus.DEPARTED, actor, day.now(), null);
        record(new DelegationDeparted(id(), unit, plan.title(), plan.partnerCityId(), plan.destinationCountries(),
                departedOn, plan.returnDate(), plan.members().size(), day.now()));
    }

    /**
     * The delegation is back. The trip report (REPORT_DUE_MONTHS) and the post-trip notice
     * (POST_TRIP_PUBLICATION_MONTHS) are now due.
     */
    public void recordReturn(Actor actor, LocalDate returnedOn, OfficeDay day) {
        authorize(actor, DelegationAct.RECORD_RETURN);
        requireDayBetween(returnedOn, trip.departedOn(), day.today(), DelegationAct.RECORD_RETURN);
        trip = trip.returned(returnedOn);
        LocalDate reportDue = returnedOn.plusMonths(day.policy().intValue(TravelParameter.REPORT_DUE_MONTHS));
        deadlines.add(Deadline.due(DeadlineKind.TRIP_REPORT, reportDue));
        deadlines.add(Deadline.due(DeadlineKind.POST_TRIP_NOTICE,
                returnedOn.plusMonths(day.policy().intValue(TravelParameter.POST_TRIP_PUBLICATION_MONTHS))));
        moveTo(DelegationStatus.BACK_HOME, actor, day.now(), null);
        record(new DelegationReturned(id(), unit, plan.title(), plan.partnerCityId(), plan.destinationCountries(),
                trip.departedOn(), returnedOn, reportDue, day.now()));
    }

    /** Every passport of the trip is back in the office's custody. */
    public void passportsReturned(Actor officer, OfficeDay day) {
        authorize(officer, DelegationAct.RETURN_PASSPORTS);
        trip = trip.passportsBack(day.today());
        moveTo(DelegationStatus.PASSPORTS_BACK, officer, day.now(), null);
    }

    /** The unit reports on the trip, with at least MIN_REPORT_PHOTOS photos (S33). */
    public void submitReport(Actor actor, TripReport submitted, OfficeDay day) {
        authorize(actor, DelegationAct.SUBMIT_REPORT);
        int minPhotos = day.policy().intValue(TravelParameter.MIN_REPORT_PHOTOS);
        if (submitted.photoRefs().size() < minPhotos) {
            throw new RuleViolationException(List.of(RuleViolation.of("REPORT_PHOTOS", "photoRefs", parameterContext(
                    day.policy(), TravelParameter.MIN_REPORT_PHOTOS, Map.of("actual", submitted.photoRefs().size())))));
        }
        report = submitted;
        meet(DeadlineKind.TRIP_REPORT, day.now());
        moveTo(DelegationStatus.REPORTED, actor, day.now(), null);
        record(new TripReportSubmitted(id(), unit, plan.title(), plan.category(), plan.partnerCityId(),
                plan.destinationCountries(), trip.departedOn(), trip.returnedOn(), report.summary(),
                report.tasksDone(), report.followUps(), report.fundsUsedYuan(), report.photoRefs().size(), day.now()));
    }

    /** The unit publishes what the delegation did and spent (S4). */
    public void publishResults(Actor actor, LocalDate publishedOn, String where, OfficeDay day) {
        authorize(actor, DelegationAct.PUBLISH_RESULTS);
        requireDayBetween(publishedOn, trip.returnedOn(), day.today(), DelegationAct.PUBLISH_RESULTS);
        resultsNotice = new ResultsNotice(publishedOn, where, actor.userId(), day.now());
        meet(DeadlineKind.POST_TRIP_NOTICE, day.now());
        moveTo(DelegationStatus.RESULTS_PUBLISHED, actor, day.now(), null);
    }

    /** The officer closes the complete file. */
    public void close(Actor officer, Instant now) {
        authorize(officer, DelegationAct.CLOSE);
        moveTo(DelegationStatus.CLOSED, officer, now, null);
        record(new DelegationClosed(id(), unit, plan.title(), plan.partnerCityId(), now));
    }

    /**
     * Publishes an alert for each watched date that came near or passed, once per stage. Returns whether
     * anything changed, so the caller saves only then.
     */
    public boolean alertDeadlines(OfficeDay day) {
        boolean changed = false;
        int warning = day.policy().intValue(TravelParameter.DEADLINE_WARNING_WORKING_DAYS);
        for (int i = 0; i < deadlines.size(); i++) {
            Deadline deadline = deadlines.get(i);
            if (!deadline.isOpen()) {
                continue;
            }
            if (day.today().isAfter(deadline.dueOn()) && !deadline.missedAlerted()) {
                deadlines.set(i, deadline.missedAlertedOf());
                record(new DelegationDeadlineAlerted(id(), unit, plan.title(), deadline.kind(), deadline.dueOn(), true,
                        day.now()));
                changed = true;
            } else if (!deadline.warned() && !day.today().isAfter(deadline.dueOn())
                    && day.calendar().workingDaysBetween(day.today(), deadline.dueOn()) <= warning) {
                deadlines.set(i, deadline.warnedOf());
                record(new DelegationDeadlineAlerted(id(), unit, plan.title(), deadline.kind(), deadline.dueOn(), false,
                        day.now()));
                changed = true;
            }
        }
        return changed;
    }

    /**
     * The safety alert of a destination was raised to a level that concerns a trip in progress: the file
     * carries the warning for its clerks and officers; a later lowering is kept too, so the warning goes.
     * The same change seen twice is kept once.
     */
    public boolean flagSafetyAlert(SafetyAlert alert) {
        boolean concerned = (status.isTripInProgress() || status.awaitsDecision())
                && plan.countriesVisited().contains(alert.countryCode());
        boolean known = safetyAlerts.stream().anyMatch(seen -> seen.eventId().equals(alert.eventId()));
        boolean warnedBefore = safetyAlerts.stream().anyMatch(seen -> seen.countryCode().equals(alert.countryCode()));
        if (!concerned || known || !(alert.warrantsWarning() || warnedBefore)) {
            return false;
        }
        safetyAlerts.add(alert);
        return true;
    }

    /** The most recent safety alert per country that is still at a level that warrants a warning. */
    public List<SafetyAlert> activeSafetyAlerts() {
        Map<String, SafetyAlert> latest = new LinkedHashMap<>();
        safetyAlerts.stream().sorted(Comparator.comparing(SafetyAlert::changedAt))
                .forEach(alert -> latest.put(alert.countryCode(), alert));
        return latest.values().stream().filter(SafetyAlert::warrantsWarning).toList();
    }

    /** The approving level follows the most senior member's rank (S10). */
    public ApprovingLevel approvingLevel() {
        return ApprovingLevel.forMostSenior(mostSeniorRank());
    }

    public RankLevel mostSeniorRank() {
        return plan.members().stream().map(Member::rank).min(Comparator.naturalOrder()).orElse(RankLevel.NONE);
    }

    /** Unit staff see their own unit's files; the office, auditors and admins see all. */
    public boolean isVisibleTo(Actor actor) {
        return actor.hasAny(OFFICE_WIDE) || actor.unit().map(unit::equals).orElse(false);
    }

    /** Whether the green-channel target was or is being missed, as of {@code today}. */
    public boolean greenChannelBreached(LocalDate today, java.time.ZoneId zone) {
        return deadline(DeadlineKind.GREEN_CHANNEL_DECISION).map(d -> d.isMissed(today, zone)).orElse(false);
    }

    public Optional<Deadline> deadline(DeadlineKind kind) {
        return deadlines.stream().filter(deadline -> deadline.kind() == kind).findFirst();
    }

    /** Whether the state and the actor's roles and unit allow the act now (rules aside). */
    public boolean mayPerform(Actor actor, DelegationAct act) {
        return status.allows(act) && actor.hasAny(act.roles())
                && (actor.hasAny(act.officeRoles()) || actor.unit().map(unit::equals).orElse(false));
    }

    /**
     * Refuses the act now if the state or the actor does not allow it, for use cases that must not touch
     * anything else (passports) on behalf of an act that would be refused.
     */
    public void checkAllowed(Actor actor, DelegationAct act) {
        authorize(actor, act);
    }

    private void authorize(Actor actor, DelegationAct act) {
        if (!status.allows(act)) {
            throw new ActNotAllowedInStateException(act.description(), status.name());
        }
        actor.require(act.description(), act.roles());
        if (!actor.hasAny(act.officeRoles()) && !actor.unit().map(unit::equals).orElse(false)) {
            throw new ActNotPermittedException(act.description(), "the file belongs to another unit");
        }
    }

    private void requireNotCreator(Actor actor, DelegationAct act) {
        if (actor.userId().equals(createdBy)) {
            throw new ActNotPermittedException(act.description(), "nobody decides on a file they created");
        }
    }

    private static void requireReason(String reason, DelegationAct act) {
        if (reason == null || reason.strip().length() < MIN_REASON_LENGTH) {
            throw new IllegalArgumentException("To " + act.description() + " needs a written reason of at least "
                    + MIN_REASON_LENGTH + " characters");
        }
    }

    private static void requireDayBetween(LocalDate day, LocalDate earliest, LocalDate today, DelegationAct act) {
        if (day == null || day.isAfter(today) || (earliest != null && day.isBefore(earliest))) {
            throw new IllegalArgumentException("To " + act.description() + " the date must lie between "
                    + earliest + " and today (" + today + ")");
        }
    }

    private static void refuseIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private static Map<String, Object> parameterContext(PolicySnapshot policy, TravelParameter parameter,
            Map<String, Object> context) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("parameter", parameter.name());
        parameters.put("limit", policy.value(parameter));
        parameters.put("source", policy.source(parameter));
        parameters.putAll(context);
        return parameters;
    }

    private void meet(DeadlineKind kind, Instant at) {
        deadlines.replaceAll(deadline -> deadline.kind() == kind && deadline.isOpen() ? deadline.met(at) : deadline);
    }

    /** A file that ends early stops every watch on it. */
    private void endWatching() {
        deadlines.removeIf(Deadline::isOpen);
    }

    private void moveTo(DelegationStatus next, Actor actor, Instant now, String note) {
        history.add(new StatusChange(status, next, actor.userId(), now, note));
        status = next;
    }

    public String unit() {
        return unit;
    }

    public TripPlan plan() {
        return plan;
    }

    public DelegationStatus status() {
        return status;
    }

    public boolean greenChannel() {
        return greenChannel;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Optional<PreTripNotice> preTripNotice() {
        return Optional.ofNullable(preTripNotice);
    }

    public Optional<CorrectionNotice> correctionNotice() {
        return Optional.ofNullable(correctionNotice);
    }

    public Optional<String> acceptedBy() {
        return Optional.ofNullable(acceptedBy);
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<Trip> trip() {
        return Optional.ofNullable(trip);
    }

    public Optional<TripReport> report() {
        return Optional.ofNullable(report);
    }

    public Optional<ResultsNotice> resultsNotice() {
        return Optional.ofNullable(resultsNotice);
    }

    public Optional<String> endReason() {
        return Optional.ofNullable(endReason);
    }

    public List<Deadline> deadlines() {
        return List.copyOf(deadlines);
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    public List<Waiver> waivers() {
        return List.copyOf(waivers);
    }

    public List<SafetyAlert> safetyAlerts() {
        return List.copyOf(safetyAlerts);
    }
}
