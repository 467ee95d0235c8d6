package io.waishi.travel.unit;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.StaleVersionException;
import io.waishi.travel.calendar.CalendarService;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The office's register of units: the use cases on a unit's record (load, let the unit act, save), and the
 * look-up other features use ({@link #find}).
 */
@Service
public class UnitDirectory {

    private final Units units;
    private final TravelPolicy policy;
    private final CalendarService calendar;
    private final Clock clock;

    UnitDirectory(Units units, TravelPolicy policy, CalendarService calendar, Clock clock) {
        this.units = units;
        this.policy = policy;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The unit registered under {@code code}, for other features' rules; no visibility check. */
    public Optional<Unit> find(String code) {
        return code == null ? Optional.empty() : units.findById(code);
    }

    /** Registers a new unit; a code already registered is refused by the store's unique id (409). */
    public Unit register(Actor actor, String code, LocalizedText name, UnitKind kind, boolean foreignAffairsOrCommerce) {
        return units.insert(Unit.register(code, actor, name, kind, foreignAffairsOrCommerce, clock.instant()));
    }

    /** The unit, if the actor may see it; another unit is "not found", not "forbidden". */
    public Unit get(Actor actor, String code) {
        return find(code)
                .filter(unit -> unit.isVisibleTo(actor))
                .orElseThrow(() -> new NotFoundException("Unit", code));
    }

    /** The office sees every unit (optionally of one kind); unit staff only their own, whatever they ask for. */
    public Page<Unit> list(Actor actor, UnitKind kind, Pageable page) {
        if (!Unit.seesAllUnits(actor)) {
            String own = actor.requireUnit("list units");
            List<Unit> mine = units.findById(own).filter(unit -> kind == null || unit.kind() == kind).stream().toList();
            return new PageImpl<>(page.getOffset() == 0 ? mine : List.of(), page, mine.size());
        }
        return kind == null ? units.findAll(page) : units.findByKind(kind, page);
    }

    public Unit update(Actor actor, String code, Long expectedVersion, LocalizedText name, UnitKind kind,
            boolean foreignAffairsOrCommerce) {
        Unit unit = current(actor, code, expectedVersion);
        unit.update(actor, name, kind, foreignAffairsOrCommerce, clock.instant());
        return units.save(unit);
    }

    public Unit registerSignatory(Actor actor, String code, Long expectedVersion, String userId, String name,
            String post) {
        Unit unit = current(actor, code, expectedVersion);
        unit.registerSignatory(actor, userId, name, post, clock.instant());
        return units.save(unit);
    }

    public Unit removeSignatory(Actor actor, String code, Long expectedVersion, String userId) {
        Unit unit = current(actor, code, expectedVersion);
        unit.removeSignatory(actor, userId, clock.instant());
        return units.save(unit);
    }

    public Unit registerClerk(Actor actor, String code, Long expectedVersion, String userId, String name) {
        Unit unit = current(actor, code, expectedVersion);
        unit.registerClerk(actor, userId, name, clock.instant());
        return units.save(unit);
    }

    public Unit removeClerk(Actor actor, String code, Long expectedVersion, String userId) {
        Unit unit = current(actor, code, expectedVersion);
        unit.removeClerk(actor, userId, clock.instant());
        return units.save(unit);
    }

    /** A director raises the unit's quota for a year, judged by the default that applies to that year. */
    public Unit raiseQuota(Actor director, String code, Long expectedVersion, int year, int trips, String reason) {
        Unit unit = current(director, code, expectedVersion);
        unit.raiseQuota(director, year, trips, reason, policyForYear(year), clock.instant());
        return units.save(unit);
    }

    /** The unit's quota for {@code year}, if the actor may see the unit. */
    public AnnualQuota quota(Actor actor, String code, int year) {
        return get(actor, code).quotaFor(year, policyForYear(year));
    }

    /** The current year in the office's calendar. */
    public int currentYear() {
        return today().getYear();
    }

    private PolicySnapshot policyForYear(int year) {
        return policy.at(Unit.quotaPolicyDate(year, today()));
    }

    private LocalDate today() {
        return calendar.calendar().today(clock);
    }

    private Unit current(Actor actor, String code, Long expectedVersion) {
        Unit unit = get(actor, code);
        StaleVersionException.requireCurrent(expectedVersion, unit.version());
        return unit;
    }
}
