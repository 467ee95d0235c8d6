package io.waishi.travel.demo;

import io.waishi.platform.demo.DemoDataSet;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import io.waishi.travel.unit.Unit;
import io.waishi.travel.unit.Units;
import java.time.Clock;
import java.time.Instant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The units of the local stack's demo users (deploy/local DemoUser, see {@link DemoUnit}): the Education
 * Bureau, the Health Commission, the City Machinery Group and the City University, each with its clerk and
 * signatory. Fixed codes, so a second start adds nothing. Loaded before their files ({@link DelegationDemoData}).
 */
@Component
@Order(1)
class TravelDemoData implements DemoDataSet {

    private static final Actor LOADER = Actor.of("demo-data", null, Role.ADMIN);

    private final Units units;
    private final Clock clock;

    TravelDemoData(Units units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    @Override
    public void load() {
        Instant now = clock.instant();
        for (DemoUnit demo : DemoUnit.values()) {
            if (units.existsById(demo.code())) {
                continue;
            }
            Unit unit = Unit.register(demo.code(), LOADER, demo.unitName(), demo.kind(),
                    demo.foreignAffairsOrCommerce(), now);
            unit.registerClerk(LOADER, demo.clerkId(), demo.clerkName(), now);
            if (demo.hasSignatory()) {
                unit.registerSignatory(LOADER, demo.signatoryId(), demo.signatoryName(), demo.signatoryPost(), now);
            }
            units.insert(unit);
        }
    }
}
