package io.waishi.travel.passport;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.waishi.platform.scheduling.PeriodicTask;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks the passports on loan against their due dates when the service starts and then every
 * {@code waishi.travel.passports.overdue-check-interval}: an overdue passport is announced once when it
 * becomes overdue and once more when it blocks its unit. Keeps the gauge {@code waishi.travel.passports.overdue}
 * (loans past their due date at the last pass) current.
 */
public class PassportOverdueSweep extends PeriodicTask {

    private final PassportRegister register;
    private final AtomicLong overdueLoans = new AtomicLong();
    private volatile boolean indexed;

    public PassportOverdueSweep(PassportRegister register, PassportProperties properties, MeterRegistry meters) {
        super("passport-overdue-check", properties.overdueCheckInterval());
        this.register = register;
        Gauge.builder("waishi.travel.passports.overdue", overdueLoans, AtomicLong::get)
                .description("Official passports on loan and past their due date")
                .baseUnit("passports")
                .register(meters);
    }

    /** One pass; returns how many alerts it recorded. */
    public int sweep() {
        PassportRegister.OverdueCheck check = register.checkOverdueLoans();
        overdueLoans.set(check.overdueLoans());
        return check.alertsRecorded();
    }

    @Override
    protected void runOnce() {
        if (!indexed) {
            register.createIndexes();
            indexed = true;
        }
        sweep();
    }
}
