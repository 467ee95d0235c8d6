package io.waishi.sistercity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What day it is at the office: dates the office works with (signings, milestones, a plan's last day,
 * anniversaries, the year of a report) are its local dates, not UTC ones. The zone is
 * {@code waishi.sister-city.office-zone} (default Asia/Shanghai).
 */
@Component
public class OfficeDay {

    private final Clock clock;
    private final ZoneId zone;

    public OfficeDay(Clock clock, @Value("${waishi.sister-city.office-zone:Asia/Shanghai}") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The office's date of an instant, e.g. the day a project moved on. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public Instant now() {
        return clock.instant();
    }
}
