package io.waishi.sistercity.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.sistercity.activity.ActivityEvents.ActivityCancelled;
import io.waishi.sistercity.activity.ActivityEvents.ActivityRecorded;
import io.waishi.sistercity.activity.ExchangeActivity.Direction;
import io.waishi.sistercity.activity.ExchangeActivity.Status;
import io.waishi.sistercity.relationship.CooperationField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExchangeActivityTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final Instant LATER = Instant.parse("2027-04-10T02:00:00Z");
    static final Actor OFFICER = Actor.of("qian.officer", null, Role.SISTER_CITY_OFFICER);
    static final Actor AUDITOR = Actor.of("sun.auditor", null, Role.AUDITOR);
    static final LocalizedText TITLE = LocalizedText.of("赴约巴林达友好访问", "Friendship visit to Yorba Linda");
    static final LocalizedText OUTCOME = LocalizedText.of("签署陶瓷文化交流备忘录", "Ceramics exchange memorandum signed");
    static final LocalDate APRIL_1 = LocalDate.of(2027, 4, 1);
    static final LocalDate APRIL_5 = LocalDate.of(2027, 4, 5);
    static final ActivityOrigin DELEGATION = new ActivityOrigin(ActivityOrigin.Kind.TRAVEL_DELEGATION, "d-1");
    static final ExchangeFacts APPROVED = new ExchangeFacts(DELEGATION, Direction.OUTBOUND, "p-1", TITLE, APRIL_1,
            APRIL_5, CooperationField.CULTURE_AND_ARTS, 5);

    static ExchangeActivity byHand(Status status, LocalDate start, LocalDate end, LocalizedText outcome) {
        return ExchangeActivity.recordByHand("a-1", OFFICER, "p-1", true, Direction.INBOUND, status, TITLE, start, end,
                CooperationField.EDUCATION, List.of("City Week", " ceramics ", "city_week"), 12, outcome, NOW);
    }

    static ExchangeActivity planned() {
        ExchangeActivity activity = byHand(Status.PLANNED, APRIL_1, APRIL_5, null);
        activity.recordedEvents().clear();
        return activity;
    }

    static List<String> codes(RuleViolationException e) {
        return e.violations().stream().map(RuleViolation::code).toList();
    }

    @Nested
    class RecordingByHand {

        @Test
        void aPlannedExchangeWithNormalisedTagsIsRecordedAndAnnounced() {
            ExchangeActivity activity = byHand(Status.PLANNED, APRIL_1, APRIL_5, null);
            assertThat(activity.status()).isEqualTo(Status.PLANNED);
            assertThat(activity.tags()).containsExactly("ceramics", "city-week");
            assertThat(activity.origin()).isEqualTo(new ActivityOrigin(ActivityOrigin.Kind.MANUAL, null));
            assertThat(activity.recordedBy()).isEqualTo("qian.officer");
            assertThat(activity.recordedEvents()).containsExactly(new ActivityRecorded("a-1", "p-1", Direction.INBOUND,
                    Status.PLANNED, TITLE, APRIL_1, APRIL_5, 12, CooperationField.EDUCATION, List.of("ceramics", "city-week"), null,
                    activity.origin(), NOW));
        }

        @Test
        void anAlreadyHeldExchangeComesWithItsOutcome() {
            ExchangeActivity activity = byHand(Status.HELD, APRIL_1, APRIL_5, OUTCOME);
            assertThat(activity.status()).isEqualTo(Status.HELD);
            assertThat(((ActivityRecorded) activity.recordedEvents().get(0)).outcome()).isEqualTo(OUTCOME);
        }

        @Test
        void aOneDayExchangeEndsTheDayItStarts() {
            assertThat(byHand(Status.PLANNED, APRIL_1, APRIL_1, null).endDate()).isEqualTo(APRIL_1);
        }

        @Test
        void endingTheDayBeforeItStartsIsRefused() {
            RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                    () -> byHand(Status.PLANNED, APRIL_1, APRIL_1.minusDays(1), null));
            assertThat(refused.violations()).containsExactly(RuleViolation.of(ActivityRules.END_BEFORE_START,
                    "endDate", java.util.Map.of("startDate", "2027-04-01", "endDate", "2027-03-31")));
        }

        @Test
        void everyBrokenRuleIsReportedAtOnce() {
            RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                    () -> ExchangeActivity.recordByHand("a-1", OFFICER, "p-x", false, Direction.OUTBOUND, Status.HELD,
                            TITLE, APRIL_5, APRIL_1, null, null, null, null, NOW));
            assertThat(codes(refused)).containsExactly(ActivityRules.PARTNER_UNKNOWN, ActivityRules.END_BEFORE_START,
                    ActivityRules.OUTCOME_REQUIRED);
        }

        @Test
        void aPlannedExchangeHasNoOutcomeYet() {
            RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                    () -> byHand(Status.PLANNED, APRIL_1, APRIL_5, OUTCOME));
            assertThat(codes(refused)).containsExactly(ActivityRules.OUTCOME_BEFORE_HELD);
        }

        @Test
        void onlyTheSisterCityOfficerRecords() {
            assertThatThrownBy(() -> ExchangeActivity.recordByHand("a-1", AUDITOR, "p-1", true, Direction.INBOUND,
                    Status.PLANNED, TITLE, APRIL_1, APRIL_5, null, null, null, null, NOW))
                    .isInstanceOf(ActNotPermittedException.class);
        }

        @Test
        void isNeverRecordedCancelledNorWithoutMembers() {
            assertThatThrownBy(() -> byHand(Status.CANCELLED, APRIL_1, APRIL_5, null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ExchangeActivity.recordByHand("a-1", OFFICER, "p-1", true, Direction.INBOUND,
                    Status.PLANNED, TITLE, APRIL_1, APRIL_5, null, null, 0, null, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Holding {

        @Test
        void thePlannedExchangeIsHeldOnItsActualDaysAndAnnouncedAgain() {
            ExchangeActivity activity = planned();
            activity.hold(OFFICER, APRIL_1.plusDays(1), APRIL_5.plusDays(1), OUTCOME, LATER);
            assertThat(activity.status()).isEqualTo(Status.HELD);
            assertThat(activity.startDate()).isEqualTo(APRIL_1.plusDays(1));
            assertThat(activity.recordedEvents()).containsExactly(new ActivityRecorded("a-1", "p-1", Direction.INBOUND,
                    Status.HELD, TITLE, APRIL_1.plusDays(1), APRIL_5.plusDays(1), 12, CooperationField.EDUCATION,
                    List.of("ceramics", "city-week"), OUTCOME, activity.origin(), LATER));
        }

        @Test
        void withoutActualDatesThePlannedOnesStand() {
            ExchangeActivity activity = planned();
            activity.hold(OFFICER, null, null, OUTCOME, LATER);
            assertThat(activity.startDate()).isEqualTo(APRIL_1);
            assertThat(activity.endDate()).isEqualTo(APRIL_5);
        }

        @Test
        void needsTheOutcomeAndDatesInOrder() {
            RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                    () -> planned().hold(OFFICER, APRIL_5, APRIL_5.minusDays(1), null, LATER));
            assertThat(codes(refused)).containsExactly(ActivityRules.END_BEFORE_START, ActivityRules.OUTCOME_REQUIRED);
        }

        @Test
        void holdingTwiceIsRefusedAndChangesNothing() {
            ExchangeActivity activity = planned();
            activity.hold(OFFICER, null, null, OUTCOME, LATER);
            activity.recordedEvents().clear();
            assertThatThrownBy(() -> activity.hold(OFFICER, null, null, OUTCOME, LATER))
                    .isInstanceOf(ActNotAllowedInStateException.class);
            assertThat(activity.recordedEvents()).isEmpty();
        }

        @Test
        void aCancelledExchangeCannotBeHeld() {
            ExchangeActivity activity = planned();
            activity.cancel(OFFICER, "Flights cancelled", LATER);
            assertThatThrownBy(() -> activity.hold(OFFICER, null, null, OUTCOME, LATER))
                    .isInstanceOf(ActNotAllowedInStateException.class);
        }

        @Test
        void anAuditorCannotHold() {
            assertThatThrownBy(() -> planned().hold(AUDITOR, null, null, OUTCOME, LATER))
                    .isInstanceOf(ActNotPermittedException.class);
        }
    }

    @Nested
    class Cancelling {

        @Test
        void thePlannedExchangeIsCancelledWithTheReasonAndStaysOnFile() {
            ExchangeActivity activity = planned();
            activity.cancel(OFFICER, " Flights cancelled ", LATER);
            assertThat(activity.status()).isEqualTo(Status.CANCELLED);
            assertThat(activity.status().counts()).isFalse();
            assertThat(activity.cancellationReason()).isEqualTo("Flights cancelled");
            assertThat(activity.recordedEvents()).containsExactly(new ActivityCancelled("a-1", "p-1",
                    activity.origin(), "Flights cancelled", LATER));
        }

        @Test
        void needsAReason() {
            assertThatThrownBy(() -> planned().cancel(OFFICER, " ", LATER)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aHeldExchangeCannotBeCancelledNorACancelledOneAgain() {
            ExchangeActivity held = planned();
            held.hold(OFFICER, null, null, OUTCOME, LATER);
            assertThatThrownBy(() -> held.cancel(OFFICER, "Too late", LATER))
                    .isInstanceOf(ActNotAllowedInStateException.class);
            ExchangeActivity cancelled = planned();
            cancelled.cancel(OFFICER, "Flights cancelled", LATER);
            assertThatThrownBy(() -> cancelled.cancel(OFFICER, "Again", LATER))
                    .isInstanceOf(ActNotAllowedInStateException.class);
        }
    }

    @Nested
    class Amending {

        @Test
        void restatesWhatIsGivenAndKeepsTheRest() {
            ExchangeActivity activity = planned();
            activity.amend(OFFICER, CooperationField.CULTURE_AND_ARTS, null, 14, null, LATER);
            assertThat(activity.field()).isEqualTo(CooperationField.CULTURE_AND_ARTS);
            assertThat(activity.tags()).containsExactly("ceramics", "city-week");
            assertThat(activity.delegationSize()).isEqualTo(14);
            activity.amend(OFFICER, null, List.of(), null, null, LATER);
            assertThat(activity.tags()).isEmpty();
            assertThat(activity.recordedEvents()).as("each change announced again").hasSize(2)
                    .allSatisfy(event -> assertThat(event).isInstanceOf(ActivityRecorded.class));
            activity.amend(OFFICER, CooperationField.CULTURE_AND_ARTS, List.of(), 14, null, LATER);
            assertThat(activity.recordedEvents()).as("restating what is known announces nothing").hasSize(2);
        }

        @Test
        void anOutcomeOnlyOnceHeld() {
            ExchangeActivity activity = planned();
            RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                    () -> activity.amend(OFFICER, null, null, null, OUTCOME, LATER));
            assertThat(codes(refused)).containsExactly(ActivityRules.OUTCOME_BEFORE_HELD);
            activity.hold(OFFICER, null, null, OUTCOME, LATER);
            LocalizedText better = LocalizedText.of("签署备忘录并举办联合展览", "Memorandum and a joint exhibition");
            activity.amend(OFFICER, null, null, null, better, LATER);
            assertThat(activity.outcome()).isEqualTo(better);
        }

        @Test
        void aCancelledExchangeIsNotAmended() {
            ExchangeActivity activity = planned();
            activity.cancel(OFFICER, "Flights cancelled", LATER);
            assertThatThrownBy(() -> activity.amend(OFFICER, CooperationField.TRADE, null, null, null, LATER))
                    .isInstanceOf(ActNotAllowedInStateException.class);
        }
    }

    @Nested
    class StateTable {

        @ParameterizedTest
        @EnumSource(Status.class)
        void theActionsOfferedAreExactlyThoseTheStatusAllows(Status status) {
            ExchangeActivity activity = planned();
            if (status == Status.HELD) {
                activity.hold(OFFICER, null, null, OUTCOME, LATER);
            } else if (status == Status.CANCELLED) {
                activity.cancel(OFFICER, "Called off", LATER);
            }
            Set<ActivityAct> expected = EnumSet.noneOf(ActivityAct.class);
            for (ActivityAct act : ActivityAct.values()) {
                if (status.allows(act)) {
                    expected.add(act);
                }
            }
            assertThat(activity.actionsFor(OFFICER)).isEqualTo(expected);
            assertThat(activity.actionsFor(AUDITOR)).isEmpty();
            assertThat(status.counts()).isEqualTo(status != Status.CANCELLED);
        }
    }

    @Nested
    class FromOtherServices {

        @Test
        void anApprovalPlansAnExchangeKeyedByItsDelegation() {
            ExchangeActivity activity = ExchangeActivity.plan("e-1", APPROVED, NOW);
            assertThat(activity.id()).isEqualTo(ExchangeActivity.idFor(DELEGATION))
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(activity.status()).isEqualTo(Status.PLANNED);
            assertThat(activity.recordedBy()).isEqualTo(ExchangeActivity.FROM_EVENTS);
            assertThat(activity.recordedEvents()).containsExactly(new ActivityRecorded(activity.id(), "p-1",
                    Direction.OUTBOUND, Status.PLANNED, TITLE, APRIL_1, APRIL_5, 5, CooperationField.CULTURE_AND_ARTS, List.of(), null,
                    DELEGATION, NOW));
            assertThat(activity.hasApplied("e-1")).isTrue();
        }

        @Test
        void theReturnHoldsItOnTheRealDaysOnceHoweverOftenDelivered() {
            ExchangeActivity activity = ExchangeActivity.plan("e-1", APPROVED, NOW);
            activity.recordedEvents().clear();
            ExchangeFacts returned = new ExchangeFacts(DELEGATION, Direction.OUTBOUND, "p-1", TITLE, APRIL_1,
                    APRIL_5.plusDays(1), null, null);
            assertThat(activity.tookPlace("e-2", returned, null, LATER)).isTrue();
            assertThat(activity.status()).isEqualTo(Status.HELD);
            assertThat(activity.endDate()).isEqualTo(APRIL_5.plusDays(1));
            assertThat(activity.recordedEvents()).hasSize(1);
            assertThat(activity.tookPlace("e-2", returned, null, LATER)).isFalse();
            assertThat(activity.recordedEvents()).hasSize(1);
        }

        @Test
        void theReportAfterTheReturnBringsTheOutcomeAndAnnouncesItOnce() {
            ExchangeActivity activity = ExchangeActivity.plan("e-1", APPROVED, NOW);
            activity.tookPlace("e-2", APPROVED, null, LATER);
            activity.recordedEvents().clear();
            assertThat(activity.tookPlace("e-3", APPROVED, OUTCOME, LATER)).isTrue();
            assertThat(activity.outcome()).isEqualTo(OUTCOME);
            assertThat(activity.recordedEvents()).singleElement()
                    .satisfies(event -> assertThat(((ActivityRecorded) event).outcome()).isEqualTo(OUTCOME));
            assertThat(activity.tookPlace("e-4", APPROVED, OUTCOME, LATER)).as("a repeat changes nothing").isTrue();
            assertThat(activity.recordedEvents()).hasSize(1);
        }

        @Test
        void aReportOnAPlannedExchangeHoldsItWithTheOutcome() {
            ExchangeActivity activity = ExchangeActivity.plan("e-1", APPROVED, NOW);
            activity.tookPlace("e-3", APPROVED, OUTCOME, LATER);
            assertThat(activity.status()).isEqualTo(Status.HELD);
            assertThat(((ActivityRecorded) activity.recordedEvents().get(1)).outcome()).isEqualTo(OUTCOME);
        }

        @Test
        void aCancelledExchangeStaysCancelledWhateverFollows() {
            ExchangeActivity activity = ExchangeActivity.plan("e-1", APPROVED, NOW);
            assertThat(activity.calledOff("e-2", "Visa refused", LATER)).isTrue();
            assertThat(activity.calledOff("e-2", "Visa refused", LATER)).isFalse();
            assertThat(activity.calledOff("e-9", "Again", LATER)).isFalse();
            assertThat(activity.tookPlace("e-3", APPROVED, OUTCOME, LATER)).isFalse();
            assertThat(activity.status()).isEqualTo(Status.CANCELLED);
            assertThat(activity.recordedEvents()).hasSize(2).last().isInstanceOf(ActivityCancelled.class);
        }

        @Test
        void aHeldExchangeIsNotCancelledByALateEvent() {
            ExchangeActivity activity = ExchangeActivity.plan("e-1", APPROVED, NOW);
            activity.tookPlace("e-2", APPROVED, null, LATER);
            assertThat(activity.calledOff("e-3", "Cancelled", LATER)).isFalse();
            assertThat(activity.status()).isEqualTo(Status.HELD);
        }

        @Test
        void heldWithoutAPlanWhenTheApprovalWasNeverSeen() {
            ExchangeActivity activity = ExchangeActivity.heldWithoutPlan("e-2", new ExchangeFacts(DELEGATION,
                    Direction.OUTBOUND, "p-1", TITLE, APRIL_1, APRIL_5, null, null), null, LATER);
            assertThat(activity.status()).isEqualTo(Status.HELD);
            assertThat(activity.id()).isEqualTo(ExchangeActivity.idFor(DELEGATION));
            assertThat(activity.learn("e-1", APPROVED)).isTrue();
            assertThat(activity.field()).isEqualTo(CooperationField.CULTURE_AND_ARTS);
            assertThat(activity.delegationSize()).isEqualTo(5);
            assertThat(activity.status()).isEqualTo(Status.HELD);
            assertThat(activity.learn("e-1", APPROVED)).isFalse();
        }

        @Test
        void anEventEndingBeforeItStartsIsRefused() {
            assertThatThrownBy(() -> ExchangeActivity.plan("e-1", new ExchangeFacts(DELEGATION, Direction.OUTBOUND,
                    "p-1", TITLE, APRIL_5, APRIL_1, null, 5), NOW)).isInstanceOf(RuleViolationException.class);
        }

        @Test
        void needsAPartnerCityAndAnOriginToKeyBy() {
            assertThatThrownBy(() -> ExchangeActivity.plan("e-1", new ExchangeFacts(DELEGATION, Direction.OUTBOUND,
                    null, TITLE, APRIL_1, APRIL_5, null, 5), NOW)).hasMessageContaining("partner city");
            assertThatThrownBy(() -> ExchangeActivity.idFor(new ActivityOrigin(ActivityOrigin.Kind.MANUAL, null)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
