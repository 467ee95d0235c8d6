package io.waishi.travel.delegation;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.travel.delegation.DelegationEvents.DelegationApproved;
import io.waishi.travel.delegation.DelegationEvents.DelegationSubmitted;
import io.waishi.travel.delegation.rules.TravelRulebook;
import io.waishi.travel.policy.PolicySnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A unit's application to send a delegation abroad (出访团组), from draft to approval. Every act checks,
 * in order: the state allows it, the actor may do it, then changes state and records the event.
 */
@Document("delegations")
public class Delegation extends AggregateRoot {

    /** Roles that see every unit's files. */
    private static final Role[] OFFICE_WIDE = {Role.FAO_OFFICER, Role.FAO_DIRECTOR, Role.AUDITOR, Role.ADMIN};

    private final String unit;
    private TripPlan plan;
    private DelegationStatus status;
    private final String createdBy;
    private final Instant createdAt;
    private final List<StatusChange> history;
    private final List<Waiver> waivers;

    @PersistenceCreator
    Delegation(String id, Long version, String unit, TripPlan plan, DelegationStatus status, String createdBy,
            Instant createdAt, List<StatusChange> history, List<Waiver> waivers) {
        super(id, version);
        this.unit = unit;
        this.plan = plan;
        this.status = status;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
        this.waivers = waivers == null ? new ArrayList<>() : new ArrayList<>(waivers);
    }

    /** A unit clerk opens a new file for their own unit. */
    public static Delegation draft(String id, Actor clerk, TripPlan plan, Instant now) {
        clerk.require("draft a delegation", Role.UNIT_CLERK);
        String unit = clerk.requireUnit("draft a delegation");
        return new Delegation(id, null, unit, plan, DelegationStatus.DRAFT, clerk.userId(), now, List.of(), List.of());
    }

    /** The unit's clerk changes the plan while the file is still a draft. */
    public void revise(Actor actor, TripPlan revised) {
        requireState(DelegationAct.REVISE);
        actor.require(DelegationAct.REVISE.description(), Role.UNIT_CLERK);
        requireOwnUnit(actor, DelegationAct.REVISE);
        this.plan = revised;
    }

    /**
     * An FAO director decides, in writing, that a rule shall not stop this file. The waiver is kept with
     * the file; the director still decides the approval later, so nobody waives and submits in one step.
     */
    public void waive(Actor director, String ruleCode, String reason, Instant now) {
        requireState(DelegationAct.WAIVE);
        director.require(DelegationAct.WAIVE.description(), Role.FAO_DIRECTOR);
        waivers.removeIf(existing -> existing.ruleCode().equals(ruleCode));
        waivers.add(new Waiver(ruleCode, reason, director.userId(), now));
    }

    /** The broken rules that stop this file today: every violation whose rule has not been waived. */
    public List<RuleViolation> blockingViolations(PolicySnapshot policy) {
        return TravelRulebook.check(plan, policy).stream()
                .filter(violation -> waivers.stream().noneMatch(waiver -> waiver.ruleCode().equals(violation.code())))
                .toList();
    }

    /**
     * The unit sends the file to the Foreign Affairs Office. Every travel rule is checked under the policy
     * in force on the day of submission; any broken rule refuses the submission, all reported together.
     */
    public void submit(Actor actor, PolicySnapshot policy, Instant now) {
        requireState(DelegationAct.SUBMIT);
        actor.require(DelegationAct.SUBMIT.description(), Role.UNIT_CLERK, Role.UNIT_SIGNATORY);
        requireOwnUnit(actor, DelegationAct.SUBMIT);
        List<RuleViolation> violations = blockingViolations(policy);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        moveTo(DelegationStatus.SUBMITTED, actor, now);
        record(new DelegationSubmitted(id(), unit, plan.title(), plan.partnerCityId(), plan.destinationCountries(),
                plan.departureDate(), plan.returnDate(), plan.members().size(), now));
    }

    /** An FAO director approves the trip; nobody approves a file they created. */
    public void approve(Actor actor, Instant now) {
        requireState(DelegationAct.APPROVE);
        actor.require(DelegationAct.APPROVE.description(), Role.FAO_DIRECTOR);
        if (actor.userId().equals(createdBy)) {
            throw new ActNotPermittedException(DelegationAct.APPROVE.description(), "nobody approves a file they created");
        }
        moveTo(DelegationStatus.APPROVED, actor, now);
        record(new DelegationApproved(id(), unit, plan.title(), plan.partnerCityId(), plan.destinationCountries(),
                plan.departureDate(), plan.returnDate(), plan.members().size(), now));
    }

    /** Unit staff see their own unit's files; the office, auditors and admins see all. */
    public boolean isVisibleTo(Actor actor) {
        return actor.hasAny(OFFICE_WIDE) || actor.unit().map(unit::equals).orElse(false);
    }

    private void requireState(DelegationAct act) {
        if (!status.allows(act)) {
            throw new ActNotAllowedInStateException(act.description(), status.name());
        }
    }

    private void requireOwnUnit(Actor actor, DelegationAct act) {
        if (!actor.unit().map(unit::equals).orElse(false)) {
            throw new ActNotPermittedException(act.description(), "the file belongs to another unit");
        }
    }

    private void moveTo(DelegationStatus next, Actor actor, Instant now) {
        history.add(new StatusChange(status, next, actor.userId(), now));
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

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    public List<Waiver> waivers() {
        return List.copyOf(waivers);
    }
}
