package io.waishi.sistercity.care;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.waishi.platform.scheduling.PeriodicTask;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks the relationships in force when the service starts and then every
 * {@code waishi.sister-city.care-sweep-interval}: flags or clears dormancy risk and announces round
 * anniversaries, each at most once. Keeps the gauges {@code waishi.sister_city.relationships.at_risk}
 * (relationships at risk of dormancy at the last pass) and {@code waishi.sister_city.anniversaries.upcoming}
 * (round anniversaries within the announcement lead time at the last pass) current.
 */
public class RelationshipCareSweep extends PeriodicTask {

    private final RelationshipCare care;
    private final AtomicLong atRisk = new AtomicLong();
    private final AtomicLong upcomingAnniversaries = new AtomicLong();

    public RelationshipCareSweep(RelationshipCare care, RelationshipCareProperties properties, MeterRegistry meters) {
        super("relationship-care", properties.careSweepInterval());
        this.care = care;
        Gauge.builder("waishi.sister_city.relationships.at_risk", atRisk, AtomicLong::get)
                .description("Active relationships at risk of dormancy: no exchange held for the risk months")
                .baseUnit("relationships")
                .register(meters);
        Gauge.builder("waishi.sister_city.anniversaries.upcoming", upcomingAnniversaries, AtomicLong::get)
                .description("Round anniversaries of relationships in force within the announcement lead time")
                .baseUnit("anniversaries")
                .register(meters);
    }

    /** One pass, run directly (tests, admin); returns what it found and did. */
    public RelationshipCare.Pass sweep() {
        RelationshipCare.Pass pass = care.check();
        atRisk.set(pass.atRisk());
        upcomingAnniversaries.set(pass.upcomingAnniversaries());
        return pass;
    }

    @Override
    protected void runOnce() {
        sweep();
    }
}
