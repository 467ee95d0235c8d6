package io.waishi.travel.calendar;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.Role;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The office's working days: its time zone, weekend, public holidays and the weekend days that are
 * worked instead (调休). Deadlines counted in working days (public notices, corrections, the green
 * channel) are counted here.
 */
@Document("office_calendar")
public class OfficeCalendar extends AggregateRoot {

    static final String ID = "office";
    private static final int MAX_SEARCH_DAYS = 3660;

    private String zone;
    private Set<DayOfWeek> weekend;
    private List<Holiday> holidays;
    private List<LocalDate> workingWeekendDays;

    @PersistenceCreator
    OfficeCalendar(String id, Long version, String zone, Set<DayOfWeek> weekend, List<Holiday> holidays,
            List<LocalDate> workingWeekendDays) {
        super(id, version);
        define(zone, weekend, holidays, workingWeekendDays);
    }

    /** China's ordinary working week in the office's zone, with no holidays entered yet. */
    public static OfficeCalendar standard() {
        return new OfficeCalendar(ID, null, "Asia/Shanghai", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                List.of(), List.of());
    }

    /** An ADMIN sets the calendar, typically once a year from the State Council's holiday notice. */
    public void redefine(Actor actor, String newZone, Set<DayOfWeek> newWeekend, List<Holiday> newHolidays,
            List<LocalDate> newWorkingWeekendDays) {
        actor.require("change the office calendar", Role.ADMIN);
        define(newZone, newWeekend, newHolidays, newWorkingWeekendDays);
    }

    private void define(String newZone, Set<DayOfWeek> newWeekend, List<Holiday> newHolidays,
            List<LocalDate> newWorkingWeekendDays) {
        try {
            ZoneId.of(newZone);
        } catch (java.time.DateTimeException | NullPointerException unknown) {
            throw new IllegalArgumentException("Unknown time zone " + newZone);
        }
        if (newWeekend == null || newWeekend.size() > 3) {
            throw new IllegalArgumentException("A week has at most 3 weekend days");
        }
        List<Holiday> sortedHolidays = new ArrayList<>(newHolidays == null ? List.of() : newHolidays);
        sortedHolidays.sort(Comparator.comparing(Holiday::date));
        for (int i = 1; i < sortedHolidays.size(); i++) {
            if (sortedHolidays.get(i).date().equals(sortedHolidays.get(i - 1).date())) {
                throw new IllegalArgumentException("Two holidays on " + sortedHolidays.get(i).date());
            }
        }
        List<LocalDate> sortedWorking = new ArrayList<>(newWorkingWeekendDays == null ? List.of() : newWorkingWeekendDays);
        sortedWorking.sort(Comparator.naturalOrder());
        for (LocalDate day : sortedWorking) {
            if (!newWeekend.contains(day.getDayOfWeek())) {
                throw new IllegalArgumentException(day + " is not a weekend day, so it cannot be a swapped working day");
            }
            if (sortedHolidays.stream().anyMatch(holiday -> holiday.date().equals(day))) {
                throw new IllegalArgumentException(day + " cannot be both a holiday and a working day");
            }
        }
        this.zone = newZone;
        this.weekend = newWeekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(newWeekend);
        this.holidays = sortedHolidays;
        this.workingWeekendDays = sortedWorking;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (workingWeekendDays.contains(date)) {
            return true;
        }
        if (holidays.stream().anyMatch(holiday -> holiday.date().equals(date))) {
            return false;
        }
        return !weekend.contains(date.getDayOfWeek());
    }

    /** The date {@code workingDays} working days after {@code start} (start itself not counted). */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("Cannot add a negative number of working days");
        }
        LocalDate date = start;
        int counted = 0;
        for (int step = 0; counted < workingDays; step++) {
            if (step > MAX_SEARCH_DAYS) {
                throw new IllegalStateException("No working days in ten years after " + start);
            }
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zoneId()));
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    public Set<DayOfWeek> weekend() {
        return Set.copyOf(weekend);
    }

    public List<Holiday> holidays() {
        return List.copyOf(holidays);
    }

    public List<LocalDate> workingWeekendDays() {
        return List.copyOf(workingWeekendDays);
    }
}
