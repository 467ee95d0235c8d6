package io.waishi.travel.delegation;

import static io.waishi.travel.delegation.DelegationFixtures.CLERK;
import static io.waishi.travel.delegation.DelegationFixtures.CONTEXT;
import static io.waishi.travel.delegation.DelegationFixtures.DAY;
import static io.waishi.travel.delegation.DelegationFixtures.DIRECTOR;
import static io.waishi.travel.delegation.DelegationFixtures.NOW;
import static io.waishi.travel.delegation.DelegationFixtures.POLICY;
import static io.waishi.travel.delegation.DelegationFixtures.TODAY;
import static io.waishi.travel.delegation.DelegationFixtures.dayAfter;
import static io.waishi.travel.delegation.DelegationJourney.NOTICE_SERVED;
import static io.waishi.travel.delegation.DelegationJourney.PUBLICATION_DAY;
import static io.waishi.travel.delegation.DelegationJourney.REPORT_DAY;
import static io.waishi.travel.delegation.DelegationJourney.RETURN;
import static io.waishi.travel.delegation.DelegationJourney.RETURN_DAY;
import static io.waishi.travel.delegation.DelegationJourney.TITLE;
import static io.waishi.travel.delegation.DelegationJourney.inState;
import static io.waishi.travel.delegation.DelegationJourney.on;
import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.travel.delegation.DelegationEvents.DelegationDeadlineAlerted;
import io.waishi.travel.delegation.DelegationEvents.DelegationReturned;
import io.waishi.travel.delegation.DelegationEvents.DelegationSubmitted;
import io.waishi.travel.policy.TravelParameter;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The dates the office watches on a file: when they fall due, when they are met, and the alerts about them. */
class DeadlineTest {

    private static final ZoneId ZONE = DAY.calendar().zoneId();
    /** Monday 23 November 2026: one working day after a Friday 20 November submission. */
    private static final LocalDate GREEN_CHANNEL_DUE = LocalDate.of(2026, 11, 23);
    /** Wednesday 14 April 2027: one month after the return on 14 March. */
    private static final LocalDate REPORT_DUE = LocalDate.of(2027, 4, 14);

    private static Delegation greenChannelFile(DelegationStatus state) {
        return inState(state, DelegationFixtures.plan().urgent().build());
    }

    private static DelegationDeadlineAlerted alerted(Delegation delegation, DeadlineKind kind, LocalDate dueOn,
            boolean missed, OfficeDay day) {
        return new DelegationDeadlineAlerted(delegation.id(), "U-EDU", TITLE, kind, dueOn, missed, day.now());
    }

    @Nested
    class GreenChannel {

        @Test
        void anUrgentFileGetsItsDecisionTargetAtSubmission() {
            Delegation delegation = Delegation.draft("d-urgent", CLERK, DelegationFixtures.plan().urgent().build(), NOW);
            assertThat(delegation.greenChannel()).isTrue();
            assertThat(delegation.deadlines()).isEmpty();
            delegation.submit(CLERK, CONTEXT, DAY);
            assertThat(delegation.deadlines()).containsExactly(
                    new Deadline(DeadlineKind.GREEN_CHANNEL_DECISION, GREEN_CHANNEL_DUE, null, false, false));
            assertThat(delegation.recordedEvents()).singleElement().isInstanceOfSatisfying(DelegationSubmitted.class,
                    submitted -> assertThat(submitted.greenChannel()).isTrue());
        }

        @Test
        void aBeltAndRoadTradeDelegationTakesTheGreenChannel() {
            Delegation delegation = inState(DelegationStatus.SUBMITTED, DelegationFixtures.plan().beltAndRoad()
                    .category(DelegationCategory.ECONOMIC_AND_TRADE).build());
            assertThat(delegation.greenChannel()).isTrue();
            assertThat(delegation.deadline(DeadlineKind.GREEN_CHANNEL_DECISION)).map(Deadline::dueOn)
                    .contains(GREEN_CHANNEL_DUE);
        }

        @Test
        void aBeltAndRoadDelegationOfAnotherKindAndAPlainFileDoNot() {
            Delegation cultural = inState(DelegationStatus.SUBMITTED, DelegationFixtures.plan().beltAndRoad()
                    .category(DelegationCategory.CULTURAL_PERFORMANCE).build());
            Delegation plain = inState(DelegationStatus.SUBMITTED);
            for (Delegation delegation : new Delegation[] {cultural, plain}) {
                assertThat(delegation.greenChannel()).isFalse();
                assertThat(delegation.deadlines()).isEmpty();
                assertThat(delegation.greenChannelBreached(TODAY.plusDays(30), ZONE)).isFalse();
            }
        }

        @Test
        void theTargetIsTheOneInForceOnTheDayOfSubmission() {
            Delegation delegation = Delegation.draft("d-urgent", CLERK, DelegationFixtures.plan().urgent().build(), NOW);
            delegation.submit(CLERK, CONTEXT, new OfficeDay(NOW, TODAY, DAY.calendar(),
                    POLICY.with(TravelParameter.GREEN_CHANNEL_TARGET_WORKING_DAYS, "3")));
            assertThat(delegation.deadline(DeadlineKind.GREEN_CHANNEL_DECISION)).map(Deadline::dueOn)
                    .contains(LocalDate.of(2026, 11, 25));
        }

        @Test
        void anApprovalOnTimeMeetsTheTarget() {
            Delegation delegation = greenChannelFile(DelegationStatus.ACCEPTED);
            delegation.waive(DIRECTOR, "PRE_TRIP_NOTICE_PERIOD", "Urgent talks called by the ministry", NOW);
            OfficeDay monday = dayAfter(3);
            delegation.approve(DIRECTOR, null, false, CONTEXT, monday);
            assertThat(delegation.deadline(DeadlineKind.GREEN_CHANNEL_DECISION)).contains(
                    new Deadline(DeadlineKind.GREEN_CHANNEL_DECISION, GREEN_CHANNEL_DUE, monday.now(), false, false));
            assertThat(delegation.greenChannelBreached(TODAY.plusDays(30), ZONE)).isFalse();
        }

        @Test
        void aDecisionAfterTheTargetDayIsABreach() {
            Delegation delegation = greenChannelFile(DelegationStatus.ACCEPTED);
            delegation.approve(DIRECTOR, null, false, CONTEXT, NOTICE_SERVED);
            assertThat(delegation.deadline(DeadlineKind.GREEN_CHANNEL_DECISION).orElseThrow().metAt())
                    .isEqualTo(NOTICE_SERVED.now());
            assertThat(delegation.greenChannelBreached(NOTICE_SERVED.today(), ZONE)).isTrue();
        }

        @Test
        void anUndecidedFileIsInBreachFromTheDayAfterTheTarget() {
            Delegation delegation = greenChannelFile(DelegationStatus.ACCEPTED);
            assertThat(delegation.greenChannelBreached(GREEN_CHANNEL_DUE, ZONE)).isFalse();
            assertThat(delegation.greenChannelBreached(GREEN_CHANNEL_DUE.plusDays(1), ZONE)).isTrue();
        }

        @Test
        void aRejectionOnTimeMeetsTheTargetToo() {
            Delegation delegation = greenChannelFile(DelegationStatus.ACCEPTED);
            delegation.reject(DIRECTOR, DelegationJourney.REJECTION_REASON, dayAfter(3).now());
            assertThat(delegation.deadline(DeadlineKind.GREEN_CHANNEL_DECISION).orElseThrow().metAt())
                    .isEqualTo(dayAfter(3).now());
            assertThat(delegation.greenChannelBreached(TODAY.plusDays(30), ZONE)).isFalse();
        }

        @Test
        void aWithdrawnFileIsNoLongerWatched() {
            Delegation delegation = greenChannelFile(DelegationStatus.SIGNED);
            delegation.withdraw(CLERK, "The partner cancelled the fair", NOW);
            assertThat(delegation.deadlines()).isEmpty();
            assertThat(delegation.alertDeadlines(dayAfter(10))).isFalse();
            assertThat(delegation.recordedEvents()).noneMatch(DelegationDeadlineAlerted.class::isInstance);
        }
    }

    @Nested
    class Alerts {

        @Test
        void anOpenTargetIsWarnedOnceAndAlertedOnceWhenMissed() {
            Delegation delegation = greenChannelFile(DelegationStatus.SUBMITTED);
            // Friday: one working day before Monday's target, within DEADLINE_WARNING_WORKING_DAYS (2).
            assertThat(delegation.alertDeadlines(DAY)).isTrue();
            assertThat(delegation.recordedEvents()).containsExactly(
                    alerted(delegation, DeadlineKind.GREEN_CHANNEL_DECISION, GREEN_CHANNEL_DUE, false, DAY));
            assertThat(delegation.deadline(DeadlineKind.GREEN_CHANNEL_DECISION).orElseThrow().warned()).isTrue();
            delegation.recordedEvents().clear();

            assertThat(delegation.alertDeadlines(DAY)).isFalse();
            assertThat(delegation.alertDeadlines(dayAfter(3))).as("on the target day itself").isFalse();
            assertThat(delegation.recordedEvents()).isEmpty();

            OfficeDay tuesday = dayAfter(4);
            assertThat(delegation.alertDeadlines(tuesday)).isTrue();
            assertThat(delegation.recordedEvents()).containsExactly(
                    alerted(delegation, DeadlineKind.GREEN_CHANNEL_DECISION, GREEN_CHANNEL_DUE, true, tuesday));
            assertThat(delegation.deadline(DeadlineKind.GREEN_CHANNEL_DECISION).orElseThrow().missedAlerted()).isTrue();
            delegation.recordedEvents().clear();

            assertThat(delegation.alertDeadlines(tuesday)).isFalse();
            assertThat(delegation.alertDeadlines(dayAfter(5))).isFalse();
            assertThat(delegation.alertDeadlines(dayAfter(40))).isFalse();
            assertThat(delegation.recordedEvents()).isEmpty();
        }

        @Test
        void aDeadlineFirstSeenAfterItsDayIsAlertedAsMissedOnlyOnce() {
            Delegation delegation = greenChannelFile(DelegationStatus.SUBMITTED);
            OfficeDay late = dayAfter(6);
            assertThat(delegation.alertDeadlines(late)).isTrue();
            assertThat(delegation.alertDeadlines(late)).isFalse();
            assertThat(delegation.alertDeadlines(dayAfter(7))).isFalse();
            assertThat(delegation.recordedEvents()).containsExactly(
                    alerted(delegation, DeadlineKind.GREEN_CHANNEL_DECISION, GREEN_CHANNEL_DUE, true, late));
        }

        @Test
        void theWarningComesTwoWorkingDaysBeforeTheDayNotEarlier() {
            Delegation delegation = inState(DelegationStatus.PASSPORTS_BACK);
            // Wednesday 14 April is due; Friday 9 April is three working days before, Monday 12 April two.
            assertThat(delegation.alertDeadlines(on(LocalDate.of(2027, 4, 9)))).isFalse();
            assertThat(delegation.alertDeadlines(on(LocalDate.of(2027, 4, 11)))).as("Sunday").isFalse();
            OfficeDay monday = on(LocalDate.of(2027, 4, 12));
            assertThat(delegation.alertDeadlines(monday)).isTrue();
            assertThat(delegation.recordedEvents()).containsExactlyInAnyOrder(
                    alerted(delegation, DeadlineKind.TRIP_REPORT, REPORT_DUE, false, monday),
                    alerted(delegation, DeadlineKind.POST_TRIP_NOTICE, REPORT_DUE, false, monday));
        }

        @Test
        void aMetDeadlineIsNeverAlerted() {
            Delegation delegation = inState(DelegationStatus.REPORTED);
            OfficeDay late = on(REPORT_DUE.plusDays(1));
            assertThat(delegation.alertDeadlines(late)).isTrue();
            assertThat(delegation.recordedEvents()).containsExactly(
                    alerted(delegation, DeadlineKind.POST_TRIP_NOTICE, REPORT_DUE, true, late));
        }

        @Test
        void aFileWithoutDeadlinesHasNothingToAlert() {
            Delegation delegation = inState(DelegationStatus.ACCEPTED);
            assertThat(delegation.alertDeadlines(dayAfter(60))).isFalse();
            assertThat(delegation.recordedEvents()).isEmpty();
        }
    }

    @Nested
    class Correction {

        @Test
        void theCorrectionDeadlineIsMetByTheResubmission() {
            Delegation delegation = inState(DelegationStatus.CORRECTION_REQUESTED);
            delegation.resubmit(CLERK, CONTEXT, dayAfter(3));
            assertThat(delegation.deadline(DeadlineKind.CORRECTION)).contains(new Deadline(DeadlineKind.CORRECTION,
                    LocalDate.of(2026, 11, 24), dayAfter(3).now(), false, false));
            assertThat(delegation.alertDeadlines(dayAfter(10))).isFalse();
        }

        @Test
        void anUnansweredCorrectionNoticeIsAlertedAsMissed() {
            Delegation delegation = inState(DelegationStatus.CORRECTION_REQUESTED);
            delegation.alertDeadlines(DAY);
            delegation.recordedEvents().clear();
            OfficeDay wednesday = dayAfter(5);
            assertThat(delegation.alertDeadlines(wednesday)).isTrue();
            assertThat(delegation.recordedEvents()).containsExactly(
                    alerted(delegation, DeadlineKind.CORRECTION, LocalDate.of(2026, 11, 24), true, wednesday));
        }
    }

    @Nested
    class AfterTheTrip {

        @Test
        void theReportAndThePostTripNoticeAreDueAMonthAfterTheReturn() {
            Delegation delegation = inState(DelegationStatus.DEPARTED);
            delegation.recordReturn(CLERK, RETURN, RETURN_DAY);
            assertThat(delegation.deadlines()).containsExactly(
                    new Deadline(DeadlineKind.TRIP_REPORT, REPORT_DUE, null, false, false),
                    new Deadline(DeadlineKind.POST_TRIP_NOTICE, REPORT_DUE, null, false, false));
            assertThat(delegation.recordedEvents()).singleElement().isInstanceOfSatisfying(DelegationReturned.class,
                    returned -> assertThat(returned.reportDueDate()).isEqualTo(REPORT_DUE));
        }

        @Test
        void theMonthsAreThoseInForceOnTheDayOfReturn() {
            Delegation delegation = inState(DelegationStatus.DEPARTED);
            delegation.recordReturn(CLERK, RETURN, new OfficeDay(RETURN_DAY.now(), RETURN, DAY.calendar(),
                    POLICY.with(TravelParameter.REPORT_DUE_MONTHS, "2")));
            assertThat(delegation.deadline(DeadlineKind.TRIP_REPORT)).map(Deadline::dueOn)
                    .contains(LocalDate.of(2027, 5, 14));
            assertThat(delegation.deadline(DeadlineKind.POST_TRIP_NOTICE)).map(Deadline::dueOn).contains(REPORT_DUE);
        }

        @Test
        void theReportMeetsItsDeadlineAndThePublicationMeetsTheNotice() {
            Delegation delegation = inState(DelegationStatus.PASSPORTS_BACK);
            delegation.submitReport(CLERK, DelegationJourney.report(3), REPORT_DAY);
            assertThat(delegation.deadline(DeadlineKind.TRIP_REPORT).orElseThrow().metAt()).isEqualTo(REPORT_DAY.now());
            assertThat(delegation.deadline(DeadlineKind.POST_TRIP_NOTICE).orElseThrow().isOpen()).isTrue();
            delegation.publishResults(CLERK, PUBLICATION_DAY.today(), "Unit website", PUBLICATION_DAY);
            assertThat(delegation.deadline(DeadlineKind.POST_TRIP_NOTICE).orElseThrow().metAt())
                    .isEqualTo(PUBLICATION_DAY.now());
            assertThat(delegation.deadlines()).noneMatch(Deadline::isOpen);
        }

        @Test
        void aReportAfterItsDayIsMissedEvenOnceMet() {
            Delegation delegation = inState(DelegationStatus.PASSPORTS_BACK);
            OfficeDay late = on(REPORT_DUE.plusDays(1));
            delegation.submitReport(CLERK, DelegationJourney.report(3), late);
            Deadline report = delegation.deadline(DeadlineKind.TRIP_REPORT).orElseThrow();
            assertThat(report.isOpen()).isFalse();
            assertThat(report.isMissed(late.today(), ZONE)).isTrue();
            Deadline onTime = new Deadline(DeadlineKind.TRIP_REPORT, REPORT_DUE, REPORT_DAY.now(), false, false);
            assertThat(onTime.isMissed(late.today(), ZONE)).isFalse();
        }
    }
}
