package io.waishi.travel.delegation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One activity of the overseas schedule, with its length, official business or not. */
public record ScheduleItem(LocalDate date, String activity, BigDecimal hours, boolean official) {

    public ScheduleItem {
        if (date == null || activity == null || activity.isBlank()) {
            throw new IllegalArgumentException("A schedule item needs a date and an activity");
        }
        if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
            throw new IllegalArgumentException("A schedule item lasts more than 0 and at most 24 hours");
        }
    }
}
