package io.waishi.travel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.platform.demo.DemoDataSet;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import io.waishi.platform.testing.TestClock;
import io.waishi.platform.testing.TestTokens;
import io.waishi.travel.authorisation.Authorisations;
import io.waishi.travel.calendar.CalendarService;
import io.waishi.travel.calendar.Holiday;
import io.waishi.travel.delegation.Deadline;
import io.waishi.travel.delegation.DeadlineKind;
import io.waishi.travel.delegation.Delegation;
import io.waishi.travel.delegation.DelegationStatus;
import io.waishi.travel.delegation.Delegations;
import io.waishi.travel.delegation.StatusChange;
import io.waishi.travel.passport.CustodyState;
import io.waishi.travel.passport.Passports;
import io.waishi.travel.plan.AnnualPlans;
import io.waishi.travel.unit.Units;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The demo may be loaded on any day: on a weekend, in a long holiday, across New Year, on a leap day. On each
 * such day, from an empty office, every file is loaded through the real acts and stands where it should.
 */
@SpringBootTest(properties = {TestTokens.KEY_PROPERTY, TestTokens.ISSUER_PROPERTY, TestTokens.AUDIENCE_PROPERTY,
    "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
// The events carry the set clock's time; the broker takes them from any day.
@EmbeddedKafka(partitions = 1, brokerProperties = {"log.message.timestamp.after.max.ms=" + Long.MAX_VALUE,
    "log.message.timestamp.before.max.ms=" + Long.MAX_VALUE})
@Import(TestClock.InContext.class)
// Nobody else shares this context (its clock is ours).
@DirtiesContext
class DemoOfficeOnAnyDayIT {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestClock clock;
    @Autowired
    List<DemoDataSet> demoData;
    @Autowired
    CalendarService calendar;
    @Autowired
    Units units;
    @Autowired
    AnnualPlans plans;
    @Autowired
    Delegations delegations;
    @Autowired
    Passports passports;
    @Autowired
    Authorisations authorisations;

    @BeforeEach
    void aCalendarWithLongHolidays() {
        List<Holiday> holidays = new ArrayList<>();
        holidays.add(new Holiday(LocalDate.of(2027, 1, 1), "New Year"));
        days(LocalDate.of(2027, 2, 5), 7).forEach(day -> holidays.add(new Holiday(day, "Spring Festival")));
        days(LocalDate.of(2027, 10, 1), 7).forEach(day -> holidays.add(new Holiday(day, "National Day")));
        holidays.add(new Holiday(LocalDate.of(2028, 1, 1), "New Year"));
        calendar.redefine(Actor.of("ada", null, Role.ADMIN), OFFICE_ZONE.getId(),
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), holidays,
                List.of(LocalDate.of(2027, 2, 14), LocalDate.of(2027, 10, 9)));
    }

    @Test
    void everyFileStandsWhereItShouldWhateverTheDay() {
        for (LocalDate day : List.of(
                LocalDate.of(2026, 12, 27), // a Sunday, trips on both sides of New Year
                LocalDate.of(2027, 1, 1), // a holiday
                LocalDate.of(2027, 1, 4), // a Monday after a long weekend
                LocalDate.of(2027, 2, 9), // in the Spring Festival
                LocalDate.of(2027, 3, 1), // after a short February
                LocalDate.of(2027, 10, 5), // in the National Day week
                LocalDate.of(2027, 12, 31), // the last day of a year
                LocalDate.of(2028, 2, 29))) { // a leap day
            loadOn(day);
            assertTheOfficeOn(day);
        }
    }

    private void loadOn(LocalDate day) {
        delegations.deleteAll();
        passports.deleteAll();
        plans.deleteAll();
        authorisations.deleteAll();
        units.deleteAll();
        clock.set(day.atTime(LocalTime.of(10, 30)).atZone(OFFICE_ZONE).toInstant());
        demoData.forEach(DemoDataSet::load);
    }

    private void assertTheOfficeOn(LocalDate today) {
        List<Delegation> files = delegations.findAll();
        assertThat(files).as("files loaded on %s", today).hasSize(DemoOffice.FILES.size());
        assertThat(files).extracting(Delegation::status).as("states on %s", today)
                .containsExactlyInAnyOrder(DelegationStatus.values());
        for (Delegation file : files) {
            List<Instant> moments = file.history().stream().map(StatusChange::at).toList();
            assertThat(moments).as("history of %s on %s", file.plan().title().en(), today)
                    .isSortedAccordingTo(Comparator.naturalOrder())
                    .allMatch(moment -> !moment.isAfter(clock.instant()));
        }
        assertThat(passports.findByStateAndCurrentLoanDueBackBefore(CustodyState.ON_LOAN, today))
                .as("overdue passports on %s", today).hasSize(3);
        Delegation reportMissing = files.stream().filter(file -> file.status() == DelegationStatus.PASSPORTS_BACK)
                .findFirst().orElseThrow();
        assertThat(reportMissing.deadline(DeadlineKind.TRIP_REPORT)).get().as("report due on %s", today)
                .matches(Deadline::isOpen).matches(deadline -> deadline.dueOn().isBefore(today));
        Delegation green = files.stream().filter(Delegation::greenChannel).findFirst().orElseThrow();
        assertThat(green.greenChannelBreached(today, OFFICE_ZONE)).as("green channel on %s", today).isFalse();
        assertThat(authorisations.findAll()).singleElement()
                .matches(authorisation -> authorisation.trips().size() == 1);
    }

    private static List<LocalDate> days(LocalDate first, int count) {
        return first.datesUntil(first.plusDays(count)).toList();
    }
}
