package io.waishi.travel.delegation;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.StaleVersionException;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.calendar.CalendarService;
import io.waishi.travel.delegation.rules.TravelRulebook;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelPolicy;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The use cases on delegation files: load, let the aggregate act, save. */
@Service
public class DelegationService {

    private final Delegations delegations;
    private final TravelPolicy policy;
    private final CalendarService calendar;
    private final Clock clock;

    DelegationService(Delegations delegations, TravelPolicy policy, CalendarService calendar, Clock clock) {
        this.delegations = delegations;
        this.policy = policy;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** What the rules would say of this plan if it were submitted today; changes nothing. */
    public List<RuleViolation> precheck(TripPlan plan) {
        return TravelRulebook.check(plan, policyToday());
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
    public Page<Delegation> list(Actor actor, DelegationStatus status, String unit, Pageable page) {
        String visibleUnit = actor.hasAny(Role.FAO_OFFICER, Role.FAO_DIRECTOR, Role.AUDITOR, Role.ADMIN)
                ? unit
                : actor.requireUnit("list delegations");
        if (visibleUnit != null && status != null) {
            return delegations.findByUnitAndStatus(visibleUnit, status, page);
        }
        if (visibleUnit != null) {
            return delegations.findByUnit(visibleUnit, page);
        }
        return status != null ? delegations.findByStatus(status, page) : delegations.findAll(page);
    }

    public Delegation revise(Actor actor, String id, Long expectedVersion, TripPlan revised) {
        Delegation delegation = get(actor, id);
        StaleVersionException.requireCurrent(expectedVersion, delegation.version());
        delegation.revise(actor, revised);
        return delegations.save(delegation);
    }

    public Delegation waive(Actor director, String id, Long expectedVersion, String ruleCode, String reason) {
        Delegation delegation = get(director, id);
        StaleVersionException.requireCurrent(expectedVersion, delegation.version());
        delegation.waive(director, ruleCode, reason, clock.instant());
        return delegations.save(delegation);
    }

    /** What stops the stored file if it were submitted now, waivers taken into account. */
    public List<RuleViolation> precheck(Actor actor, String id) {
        return get(actor, id).blockingViolations(policyToday());
    }

    public Delegation submit(Actor actor, String id, Long expectedVersion) {
        Delegation delegation = get(actor, id);
        StaleVersionException.requireCurrent(expectedVersion, delegation.version());
        delegation.submit(actor, policyToday(), clock.instant());
        return delegations.save(delegation);
    }

    private PolicySnapshot policyToday() {
        return policy.at(calendar.calendar().today(clock));
    }

    public Delegation approve(Actor actor, String id, Long expectedVersion) {
        Delegation delegation = get(actor, id);
        StaleVersionException.requireCurrent(expectedVersion, delegation.version());
        delegation.approve(actor, clock.instant());
        return delegations.save(delegation);
    }
}
