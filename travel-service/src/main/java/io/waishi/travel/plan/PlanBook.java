package io.waishi.travel.plan;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.StaleVersionException;
import io.waishi.travel.calendar.CalendarService;
import io.waishi.travel.policy.TravelPolicy;
import io.waishi.travel.unit.Unit;
import io.waishi.travel.unit.UnitDirectory;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The units' annual plans: the use cases on a plan (load, let the plan act, save), and the look-up the
 * delegation rules use ({@link #approvedPlan}).
 */
@Service
public class PlanBook {

    private final AnnualPlans plans;
    private final UnitDirectory units;
    private final TravelPolicy policy;
    private final CalendarService calendar;
    private final Clock clock;

    PlanBook(AnnualPlans plans, UnitDirectory units, TravelPolicy policy, CalendarService calendar, Clock clock) {
        this.plans = plans;
        this.units = units;
        this.policy = policy;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The approved plan of {@code unit} for {@code year}, for the delegation rules; no visibility check. */
    public Optional<AnnualPlan> approvedPlan(String unit, int year) {
        return plans.findById(AnnualPlan.idOf(unit, year)).filter(plan -> plan.status() == PlanStatus.APPROVED);
    }

    /** A clerk opens their unit's plan for a year; a second plan for the same unit and year is refused (409). */
    public AnnualPlan draft(Actor clerk, int year) {
        return plans.insert(AnnualPlan.draft(clerk, year, clock.instant()));
    }

    /** The plan, if the actor may see it; another unit's plan is "not found", not "forbidden". */
    public AnnualPlan get(Actor actor, String unit, int year) {
        String id = AnnualPlan.idOf(unit, year);
        return plans.findById(id)
                .filter(plan -> plan.isVisibleTo(actor))
                .orElseThrow(() -> new NotFoundException("Annual plan", id));
    }

    /** Unit staff always see only their own unit's plans, whatever unit they ask for. */
    public Page<AnnualPlan> list(Actor actor, String unit, Integer year, PlanStatus status, Pageable page) {
        String visibleUnit = Unit.seesAllUnits(actor) ? unit : actor.requireUnit("list annual plans");
        return plans.search(visibleUnit, year, status, page);
    }

    public AnnualPlan reviseItems(Actor clerk, String unit, int year, Long expectedVersion, List<ItemRevision> items) {
        AnnualPlan plan = current(clerk, unit, year, expectedVersion);
        plan.reviseItems(clerk, items, clock.instant());
        return plans.save(plan);
    }

    public AnnualPlan submit(Actor actor, String unit, int year, Long expectedVersion) {
        AnnualPlan plan = current(actor, unit, year, expectedVersion);
        plan.submit(actor, clock.instant());
        return plans.save(plan);
    }

    /** An officer approves the plan against the unit's quota for the plan's year. */
    public AnnualPlan approve(Actor officer, String unit, int year, Long expectedVersion) {
        AnnualPlan plan = current(officer, unit, year, expectedVersion);
        plan.approve(officer, units.find(plan.unit()),
                policy.at(Unit.quotaPolicyDate(plan.year(), calendar.calendar().today(clock))), clock.instant());
        return plans.save(plan);
    }

    public AnnualPlan returnForCorrection(Actor officer, String unit, int year, Long expectedVersion, String comment) {
        AnnualPlan plan = current(officer, unit, year, expectedVersion);
        plan.returnForCorrection(officer, comment, clock.instant());
        return plans.save(plan);
    }

    private AnnualPlan current(Actor actor, String unit, int year, Long expectedVersion) {
        AnnualPlan plan = get(actor, unit, year);
        StaleVersionException.requireCurrent(expectedVersion, plan.version());
        return plan;
    }
}
