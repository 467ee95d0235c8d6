package io.waishi.travel.demo;

import io.waishi.platform.demo.DemoDataSet;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.travel.unit.Unit;
import io.waishi.travel.unit.UnitKind;
import io.waishi.travel.unit.Units;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The units of the local stack's demo users (deploy/local DemoUser): the Education Bureau, whose clerk and
 * signatory file trips, and the Health Commission, whose clerk sees only its own files. Fixed codes, so a
 * second start adds nothing.
 */
@Component
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
        if (!units.existsById("U-EDU")) {
            Unit education = Unit.register("U-EDU", LOADER, LocalizedText.of("市教育局", "Municipal Education Bureau"),
                    UnitKind.GOVERNMENT_BUREAU, false, now);
            education.registerClerk(LOADER, "clerk", "Li Hua", now);
            education.registerSignatory(LOADER, "signatory", "Wang Jun", "Deputy Director-General", now);
            units.insert(education);
        }
        if (!units.existsById("U-HEALTH")) {
            Unit health = Unit.register("U-HEALTH", LOADER, LocalizedText.of("市卫生健康委员会", "Municipal Health Commission"),
                    UnitKind.GOVERNMENT_BUREAU, false, now);
            health.registerClerk(LOADER, "health-clerk", "Zhang Min", now);
            units.insert(health);
        }
    }
}
