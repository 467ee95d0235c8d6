package io.waishi.travel.delegation;

import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.command.Commands;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.calendar.CalendarService;
import io.waishi.travel.calendar.OfficeCalendar;
import io.waishi.travel.delegation.rules.TravelRulebook;
import io.waishi.travel.policy.TravelPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The use cases on delegation files: load what the actor may see, let the aggregate act, save. */
@Service
public class DelegationService {

    private static final Role[] OFFICE_WIDE = {Role.FAO_OFFICER, Role.FAO_DIRECTOR, Role.AUDITOR, Role.ADMIN};

    private final Delegations delegations;
    private final DelegationSearch search;
    private final TripContexts contexts;
    private final PassportCustody passports;
    private final TravelPolicy policy;
    private final CalendarService calendar;
    private final Clock clock;

    DelegationService(Delegations delegations, DelegationSearch search, TripContexts contexts,
            PassportCustody passports, TravelPolicy policy, CalendarService calendar, Clock clock) {
        this.delegations = delegations;
        this.search = search;
        this.contexts = contexts;
        this.passports = passports;
        this.policy = policy;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** What the rules would say of this plan if the actor's unit submitted it today; changes nothing. */
    public List<RuleViolation> precheck(Actor actor, TripPlan plan) {
        String unit = actor.requireUnit("check a plan");
        OfficeDay day = officeDay();
        return TravelRulebook.check(plan, contexts.of(unit, plan, null, day.policy()), day.policy());
    }

    /** What stops the stored file if it were submitted now, waivers taken into account. */
    public List<RuleViolation> precheck(Actor actor, String id) {
        Delegation delegation = get(actor, id);
        OfficeDay day = officeDay();
        return delegation.blockingViolations(contextOf(delegation, day), day.policy());
    }

    public Delegation draft(Actor clerk, TripPlan plan) {
        return delegations.save(Delegation.draft(UUID.randomUUID().toString(), clerk, plan, clock.instant()));
    }

    /** The file, if the actor may see it; another unit's file is "not found", not "forbidden". */
    public Delegation get(Actor actor, String id) {
        return delegations.findById(id)
                .filter(delegation -> delegation.isVisibleTo(actor))
                .orElseThrow(() -> new NotFoundException("Delegation", id));
    }

    /** Unit staff always see only their own unit, whatever unit they ask for. */
    public Page<Delegation> list(Actor actor, DelegationFilter filter, Pageable page) {
        DelegationFilter visible = actor.hasAny(OFFICE_WIDE) ? filter
                : filter.onlyUnit(actor.requireUnit("list delegations"));
        return search.find(visible, officeDay().today(), page);
    }

    /**
     * The files waiting for the actor's next step, green-channel files first, then the longest waiting:
     * what each role does next is the state table's main line.
     */
    public Page<Delegation> queue(Actor actor, Pageable page) {
        List<DelegationStatus> waiting = java.util.Arrays.stream(DelegationStatus.values())
                .filter(status -> status.nextStep().map(step -> actor.hasAny(step.roles())).orElse(false))
                .toList();
        String unit = actor.hasAny(OFFICE_WIDE) ? null : actor.requireUnit("see the work queue");
        return search.queue(waiting, unit, page);
    }

    /** Every file with a deadline still watched that the actor may see, the nearest deadline first. */
    public List<Delegation> withOpenDeadlines(Actor actor) {
        return search.withOpenDeadlines().stream().filter(delegation -> delegation.isVisibleTo(actor)).toList();
    }

    public Delegation revise(Actor actor, String id, Long expectedVersion, TripPlan revised) {
        return act(actor, id, expectedVersion, delegation -> delegation.revise(actor, revised));
    }

    public Delegation waive(Actor director, String id, Long expectedVersion, String ruleCode, String reason) {
        return act(director, id, expectedVersion, delegation -> delegation.waive(director, ruleCode, reason, clock.instant()));
    }

    public Delegation submit(Actor actor, String id, Long expectedVersion) {
        OfficeDay day = officeDay();
        return act(actor, id, expectedVersion, delegation -> delegation.submit(actor, contextOf(delegation, day), day));
    }

    /** Only a signatory the office has on record for the unit signs for it, not anyone with the role. */
    public Delegation sign(Actor signatory, String id, Long expectedVersion) {
        OfficeDay day = officeDay();
        return act(signatory, id, expectedVersion, delegation -> {
            delegation.checkAllowed(signatory, DelegationAct.SIGN);
            if (!contexts.isRegisteredSignatory(delegation.unit(), signatory.userId())) {
                throw new ActNotPermittedException(DelegationAct.SIGN.description(),
                        "not registered with the office as a signatory of unit " + delegation.unit());
            }
            delegation.sign(signatory, day);
        });
    }

    public Delegation recordObjection(Actor actor, String id, Long expectedVersion, String summary, LocalDate receivedOn) {
        return act(actor, id, expectedVersion, delegation -> delegation.recordObjection(actor, summary,
                receivedOn == null ? officeDay().today() : receivedOn, clock.instant()));
    }

    public Delegation resolveObjection(Actor actor, String id, Long expectedVersion, String objectionId,
            String resolution) {
        return act(actor, id, expectedVersion,
                delegation -> delegation.resolveObjection(actor, objectionId, resolution, clock.instant()));
    }

    public Delegation accept(Actor officer, String id, Long expectedVersion) {
        return act(officer, id, expectedVersion, delegation -> delegation.accept(officer, clock.instant()));
    }

    public Delegation returnForCorrection(Actor officer, String id, Long expectedVersion, List<String> items) {
        OfficeDay day = officeDay();
        return act(officer, id, expectedVersion, delegation -> delegation.returnForCorrection(officer, items, day));
    }

    public Delegation resubmit(Actor clerk, String id, Long expectedVersion) {
        OfficeDay day = officeDay();
        return act(clerk, id, expectedVersion, delegation -> delegation.resubmit(clerk, contextOf(delegation, day), day));
    }

    public Delegation approve(Actor director, String id, Long expectedVersion, String authorityReference) {
        OfficeDay day = officeDay();
        return act(director, id, expectedVersion, delegation -> delegation.approve(director, authorityReference,
                contexts.simplifiedPath(delegation.unit()), contextOf(delegation, day), day));
    }

    public Delegation reject(Actor director, String id, Long expectedVersion, String reason) {
        return act(director, id, expectedVersion, delegation -> delegation.reject(director, reason, clock.instant()));
    }

    public Delegation withdraw(Actor actor, String id, Long expectedVersion, String reason) {
        return act(actor, id, expectedVersion, delegation -> delegation.withdraw(actor, reason, clock.instant()));
    }

    /**
     * Lends the members' passports, then moves the file. Without transactions the order matters: lending
     * is idempotent per trip, so a crash between the two writes is repaired by repeating the command.
     */
    public Delegation issuePassports(Actor officer, String id, Long expectedVersion) {
        OfficeDay day = officeDay();
        return act(officer, id, expectedVersion, delegation -> {
            delegation.checkAllowed(officer, DelegationAct.ISSUE_PASSPORTS);
            LocalDate dueBack = delegation.passportsDueBack(day.policy());
            List<String> personIds = delegation.plan().members().stream().map(Member::personId).toList();
            int lent = passports.lendForTrip(officer, delegation.id(), delegation.unit(), personIds, dueBack);
            delegation.issuePassports(officer, lent, dueBack, day.now());
        });
    }

    /** Cancelling after the passports went out recalls them: they are due back from today. */
    public Delegation cancel(Actor actor, String id, Long expectedVersion, String reason) {
        OfficeDay day = officeDay();
        return act(actor, id, expectedVersion, delegation -> {
            delegation.checkAllowed(actor, DelegationAct.CANCEL);
            int outstanding = delegation.status() == DelegationStatus.PASSPORTS_ISSUED
                    ? passports.recallFor(delegation.id(), day.today())
                    : 0;
            delegation.cancel(actor, reason, outstanding, day.now());
        });
    }

    public Delegation depart(Actor actor, String id, Long expectedVersion, LocalDate departedOn) {
        OfficeDay day = officeDay();
        return act(actor, id, expectedVersion,
                delegation -> delegation.depart(actor, departedOn == null ? day.today() : departedOn, day));
    }

    public Delegation recordReturn(Actor actor, String id, Long expectedVersion, LocalDate returnedOn) {
        OfficeDay day = officeDay();
        return act(actor, id, expectedVersion,
                delegation -> delegation.recordReturn(actor, returnedOn == null ? day.today() : returnedOn, day));
    }

    public Delegation returnPassports(Actor officer, String id, Long expectedVersion) {
        OfficeDay day = officeDay();
        return act(officer, id, expectedVersion, delegation -> {
            delegation.checkAllowed(officer, DelegationAct.RETURN_PASSPORTS);
            passports.returnAllFor(officer, delegation.id(), day.today());
            delegation.passportsReturned(officer, day);
        });
    }

    public Delegation submitReport(Actor actor, String id, Long expectedVersion, TripReportDraft draft) {
        OfficeDay day = officeDay();
        return act(actor, id, expectedVersion,
                delegation -> delegation.submitReport(actor, draft.by(actor.userId(), day.now()), day));
    }

    public Delegation publishResults(Actor actor, String id, Long expectedVersion, LocalDate publishedOn, String where) {
        OfficeDay day = officeDay();
        return act(actor, id, expectedVersion, delegation -> delegation.publishResults(actor,
                publishedOn == null ? day.today() : publishedOn, where, day));
    }

    public Delegation close(Actor officer, String id, Long expectedVersion) {
        return act(officer, id, expectedVersion, delegation -> delegation.close(officer, clock.instant()));
    }

    /**
     * Loads the file, lets it act, saves it. A client that named the version it saw (If-Match) gets a
     * conflict when the file changed meanwhile; one that did not is acting on the file as it is, so a
     * change by the office's own housekeeping (a deadline alert) between load and save is retried.
     */
    private Delegation act(Actor actor, String id, Long expectedVersion, Consumer<Delegation> act) {
        return Commands.onCurrentVersion(() -> get(actor, id), expectedVersion, act, delegations::save);
    }

    private io.waishi.travel.delegation.rules.TripContext contextOf(Delegation delegation, OfficeDay day) {
        return contexts.of(delegation.unit(), delegation.plan(), delegation.id(), day.policy());
    }

    /** Today as the office counts it: its calendar, its date, its policy. */
    public OfficeDay officeDay() {
        OfficeCalendar officeCalendar = calendar.calendar();
        LocalDate today = officeCalendar.today(clock);
        return new OfficeDay(clock.instant(), today, officeCalendar, policy.at(today));
    }
}
