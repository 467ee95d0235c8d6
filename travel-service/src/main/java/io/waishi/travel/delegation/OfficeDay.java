package io.waishi.travel.delegation;

import io.waishi.travel.calendar.OfficeCalendar;
import io.waishi.travel.policy.PolicySnapshot;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The moment an act happens, as the rules see it: the instant, the office's date, its calendar of
 * working days and the policy in force that day.
 */
public record OfficeDay(Instant now, LocalDate today, OfficeCalendar calendar, PolicySnapshot policy) {
}
