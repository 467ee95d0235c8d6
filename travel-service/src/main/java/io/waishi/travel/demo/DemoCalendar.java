package io.waishi.travel.demo;

import io.waishi.travel.calendar.OfficeCalendar;
import io.waishi.travel.delegation.OfficeDay;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The office's days as seen from the day the demo is loaded: working days counted back from today, the
 * office day on which something that happened on a given date was recorded, and the office day of an act
 * with the calendar and the policy in force that day.
 */
final class DemoCalendar {

    private static final LocalTime OFFICE_OPENS = LocalTime.of(9, 0);
    private static final int MINUTES_BETWEEN_ACTS = 20;
    private static final int MAX_SEARCH_DAYS = 3660;

    private final OfficeCalendar calendar;
    private final TravelPolicy policy;
    private final Clock clock;
    private final LocalDate today;

    DemoCalendar(OfficeCalendar calendar, TravelPolicy policy, Clock clock) {
        this.calendar = calendar;
        this.policy = policy;
        this.clock = clock;
        this.today = calendar.today(clock);
    }

    LocalDate today() {
        return today;
    }

    /** The last working day on or before {@code day}. */
    LocalDate workingDayOnOrBefore(LocalDate day) {
        return workingDaysBefore(day, 0);
    }

    /** The working day {@code count} working days before {@code day}; 0 is {@code day} itself if it is one. */
    LocalDate workingDaysBefore(LocalDate day, int count) {
        LocalDate date = day;
        int found = 0;
        for (int step = 0; step < MAX_SEARCH_DAYS; step++, date = date.minusDays(1)) {
            if (calendar.isWorkingDay(date) && found++ == count) {
                return date;
            }
        }
        throw new IllegalStateException("No working days in ten years before " + day);
    }

    /**
     * The office day on which what happened on {@code event} (a departure, a return) is recorded: that day or
     * the next working day, and never after today.
     */
    LocalDate recordedOn(LocalDate event) {
        LocalDate date = event;
        while (date.isBefore(today) && !calendar.isWorkingDay(date)) {
            date = date.plusDays(1);
        }
        return date.isAfter(today) ? today : date;
    }

    /** The office day of an act on {@code date}, the {@code step}-th act of its file that day or before. */
    OfficeDay officeDay(LocalDate date, int step) {
        return new OfficeDay(instant(date, step), date, calendar, policy(date));
    }

    /** A moment on {@code date}, later for a later {@code step}, never after now. */
    Instant instant(LocalDate date, int step) {
        Instant at = ZonedDateTime.of(date, OFFICE_OPENS, calendar.zoneId())
                .plusMinutes((long) MINUTES_BETWEEN_ACTS * step).toInstant();
        Instant now = clock.instant();
        return at.isAfter(now) ? now : at;
    }

    PolicySnapshot policy(LocalDate date) {
        return policy.at(date);
    }
}
