package io.waishi.travel.passport;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the passport register runs.
 *
 * @param overdueCheckInterval how often passports on loan are checked against their due dates (default 1h);
 *                             the check also runs when the service starts
 */
@ConfigurationProperties("waishi.travel.passports")
public record PassportProperties(Duration overdueCheckInterval) {

    public PassportProperties {
        overdueCheckInterval = overdueCheckInterval == null ? Duration.ofHours(1) : overdueCheckInterval;
        if (overdueCheckInterval.isNegative() || overdueCheckInterval.isZero()) {
            throw new IllegalArgumentException("waishi.travel.passports.overdue-check-interval must be positive");
        }
    }
}
