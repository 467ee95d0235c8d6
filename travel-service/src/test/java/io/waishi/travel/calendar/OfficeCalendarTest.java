package io.waishi.travel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeCalendarTest {

    static final Actor ADMIN = Actor.of("ada", null, Role.ADMIN);
    // Thursday 1 October 2026: National Day week; Sunday 11 October 2026 worked instead (as such notices do).
    static final LocalDate THU = LocalDate.of(2026, 10, 1);

    private static OfficeCalendar nationalDayWeek() {
        OfficeCalendar calendar = OfficeCalendar.standard();
        calendar.redefine(ADMIN, "Asia/Shanghai", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                List.of(new Holiday(THU, "国庆节"), new Holiday(THU.plusDays(1), "国庆节"),
                        new Holiday(THU.plusDays(4), "国庆节"), new Holiday(THU.plusDays(5), "国庆节")),
                List.of(LocalDate.of(2026, 10, 11)));
        return calendar;
    }

    @Test
    void weekendsAreNotWorkingDays() {
        OfficeCalendar calendar = OfficeCalendar.standard();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 20))).isTrue(); // Friday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse();
    }

    @Test
    void fiveWorkingDaysFromAFridayEndTheNextFriday() {
        OfficeCalendar calendar = OfficeCalendar.standard();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 20), 5)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 26))).isEqualTo(4);
    }

    @Test
    void holidaysAreSkippedAndSwappedWeekendDaysAreWorked() {
        OfficeCalendar calendar = nationalDayWeek();
        assertThat(calendar.isWorkingDay(THU)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).isTrue();
        // From Wednesday 30 Sept: Thu, Fri holidays, weekend, Mon, Tue holidays; Wed 7 Oct is the first working day.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 7));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 11));
    }

    @Test
    void zeroWorkingDaysIsTheSameDay() {
        assertThat(OfficeCalendar.standard().addWorkingDays(THU, 0)).isEqualTo(THU);
    }

    @Test
    void onlyAnAdminChangesTheCalendarAndOnlyConsistently() {
        OfficeCalendar calendar = OfficeCalendar.standard();
        Actor officer = Actor.of("sun", null, Role.FAO_OFFICER);
        assertThatThrownBy(() -> calendar.redefine(officer, "Asia/Shanghai", EnumSet.of(DayOfWeek.SUNDAY), List.of(),
                List.of())).isInstanceOf(ActNotPermittedException.class);
        assertThatThrownBy(() -> calendar.redefine(ADMIN, "Mars/Olympus", EnumSet.of(DayOfWeek.SUNDAY), List.of(),
                List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.redefine(ADMIN, "Asia/Shanghai", EnumSet.of(DayOfWeek.SUNDAY), List.of(),
                List.of(LocalDate.of(2026, 11, 20)))).hasMessageContaining("not a weekend day");
        assertThatThrownBy(() -> calendar.redefine(ADMIN, "Asia/Shanghai", EnumSet.of(DayOfWeek.SUNDAY),
                List.of(new Holiday(THU, "a"), new Holiday(THU, "b")), List.of())).hasMessageContaining("Two holidays");
    }
}
