package io.waishi.travel.delegation;

import static io.waishi.travel.delegation.DelegationFixtures.CLERK;
import static io.waishi.travel.delegation.DelegationFixtures.CONTEXT;
import static io.waishi.travel.delegation.DelegationFixtures.DAY;
import static io.waishi.travel.delegation.DelegationFixtures.DIRECTOR;
import static io.waishi.travel.delegation.DelegationFixtures.NOW;
import static io.waishi.travel.delegation.DelegationFixtures.OFFICER;
import static io.waishi.travel.delegation.DelegationFixtures.OTHER_UNIT_CLERK;
import static io.waishi.travel.delegation.DelegationFixtures.POLICY;
import static io.waishi.travel.delegation.DelegationFixtures.SIGNATORY;
import static io.waishi.travel.delegation.DelegationFixtures.TODAY;
import static io.waishi.travel.delegation.DelegationFixtures.dayAfter;
import static io.waishi.travel.delegation.DelegationJourney.CANCELLATION_REASON;
import static io.waishi.travel.delegation.DelegationJourney.DEPARTURE;
import static io.waishi.travel.delegation.DelegationJourney.DEPARTURE_DAY;
import static io.waishi.travel.delegation.DelegationJourney.NOTICE_SERVED;
import static io.waishi.travel.delegation.DelegationJourney.PARTNER_CITY;
import static io.waishi.travel.delegation.DelegationJourney.PUBLICATION_DAY;
import static io.waishi.travel.delegation.DelegationJourney.REJECTION_REASON;
import static io.waishi.travel.delegation.DelegationJourney.REPORT_DAY;
import static io.waishi.travel.delegation.DelegationJourney.RETURN;
import static io.waishi.travel.delegation.DelegationJourney.RETURN_DAY;
import static io.waishi.travel.delegation.DelegationJourney.TITLE;
import static io.waishi.travel.delegation.DelegationJourney.inState;
import static io.waishi.travel.delegation.DelegationJourney.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.travel.delegation.DelegationEvents.DelegationApproved;
import io.waishi.travel.delegation.DelegationEvents.DelegationCancelled;
import io.waishi.travel.delegation.DelegationEvents.DelegationClosed;
import io.waishi.travel.delegation.DelegationEvents.DelegationDeparted;
import io.waishi.travel.delegation.DelegationEvents.DelegationRejected;
import io.waishi.travel.delegation.DelegationEvents.DelegationReturnedForCorrection;
import io.waishi.travel.delegation.DelegationEvents.DelegationSubmitted;
import io.waishi.travel.delegation.DelegationEvents.DelegationWithdrawn;
import io.waishi.travel.delegation.DelegationEvents.TripReportSubmitted;
import io.waishi.travel.delegation.rules.TripContext;
import io.waishi.travel.policy.TravelParameter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The business acts on one delegation file, one nested class per act. */
class DelegationTest {

    /** Thursday 26 November 2026: the fourth working day after the Friday the notice was posted. */
    private static final OfficeDay FOURTH_WORKING_DAY = dayAfter(6);
    /** Tuesday 24 November 2026: two working days after a correction notice sent on Friday 20 November. */
    private static final LocalDate CORRECTION_DUE = LocalDate.of(2026, 11, 24);
    private static final String REFERENCE = "粤府外批〔2026〕88号";

    /** Runs {@code act}, expects the rules to refuse it with exactly one violation, and hands that over. */
    private static void refusedWithOnly(ThrowingCallable act, String code, Consumer<RuleViolation> check) {
        assertThatThrownBy(act).isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(
                refused.violations()).singleElement().satisfies(violation -> {
                    assertThat(violation.code()).isEqualTo(code);
                    check.accept(violation);
                }));
    }

    private static List<String> refusedCodes(ThrowingCallable act) {
        try {
            act.call();
        } catch (RuleViolationException refused) {
            return refused.violations().stream().map(RuleViolation::code).toList();
        } catch (Throwable other) {
            throw new AssertionError("Expected a rule violation, got " + other, other);
        }
        throw new AssertionError("Expected a rule violation, the act went through");
    }

    private static Member memberOfRank(RankLevel rank) {
        return new Member("Wu Hua", "U-EDU", "Delegation leader", rank, MemberRole.LEADER, false, "EDU-009");
    }

    @Nested
    class Draft {

        @Test
        void aClerkDraftsForTheirOwnUnit() {
            Delegation delegation = Delegation.draft("d-1", CLERK, DelegationFixtures.planToJapan(), NOW);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.DRAFT);
            assertThat(delegation.unit()).isEqualTo("U-EDU");
            assertThat(delegation.createdBy()).isEqualTo("li.clerk");
            assertThat(delegation.createdAt()).isEqualTo(NOW);
            assertThat(delegation.greenChannel()).isFalse();
            assertThat(delegation.recordedEvents()).isEmpty();
        }

        @Test
        void onlyUnitClerksDraft() {
            for (Actor notAClerk : List.of(DIRECTOR, OFFICER, SIGNATORY)) {
                assertThatThrownBy(() -> Delegation.draft("d-1", notAClerk, DelegationFixtures.planToJapan(), NOW))
                        .as(notAClerk.userId()).isInstanceOf(ActNotPermittedException.class);
            }
        }

        @Test
        void aClerkWithoutAUnitClaimCannotDraft() {
            Actor noUnit = Actor.of("li.clerk", null, Role.UNIT_CLERK);
            assertThatThrownBy(() -> Delegation.draft("d-1", noUnit, DelegationFixtures.planToJapan(), NOW))
                    .isInstanceOf(ActNotPermittedException.class).hasMessageContaining("unit");
        }

        @Test
        void refusesAReturnBeforeTheDeparture() {
            assertThatThrownBy(() -> DelegationFixtures.plan().daysAbroad(0).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("return date");
        }

        @Test
        void acceptsASameDayTrip() {
            TripPlan plan = DelegationFixtures.plan().daysAbroad(1).build();
            assertThat(plan.returnDate()).isEqualTo(plan.departureDate());
            assertThat(plan.daysAbroad()).isEqualTo(1);
        }

        @Test
        void refusesAnUnknownCountryCode() {
            assertThatThrownBy(() -> DelegationFixtures.plan().countries("XX").build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XX");
        }
    }

    @Nested
    class Submit {

        @Test
        void recordsTheSubmissionWithoutPersonalData() {
            Delegation delegation = DelegationFixtures.draft();
            delegation.submit(CLERK, CONTEXT, DAY);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.SUBMITTED);
            assertThat(delegation.submittedAt()).isEqualTo(NOW);
            assertThat(delegation.recordedEvents()).containsExactly(new DelegationSubmitted(delegation.id(), "U-EDU",
                    TITLE, DelegationCategory.GOVERNMENT_EXCHANGE, false, PARTNER_CITY, List.of("JP"), DEPARTURE, RETURN,
                    2, NOW));
            assertThat(delegation.history()).containsExactly(
                    new StatusChange(DelegationStatus.DRAFT, DelegationStatus.SUBMITTED, "li.clerk", NOW, null));
            assertThat(delegation.deadlines()).as("no green channel, nothing watched yet").isEmpty();
        }

        @Test
        void aPlanThatBreaksRulesIsNotSubmittedAndEveryBrokenRuleIsReported() {
            Delegation delegation = Delegation.draft("d-2", CLERK,
                    DelegationFixtures.plan().members(7).daysAbroad(6).budget(null).build(), NOW);
            TripContext overdue = DelegationFixtures.context().mostOverdueDays(31).build();
            assertThat(refusedCodes(() -> delegation.submit(CLERK, overdue, DAY))).containsExactlyInAnyOrder(
                    "MAX_DAYS_ABROAD", "MAX_DELEGATION_SIZE", "BUDGET_MISSING", "UNIT_BLOCKED_BY_OVERDUE_PASSPORT");
            assertThat(delegation.status()).isEqualTo(DelegationStatus.DRAFT);
            assertThat(delegation.recordedEvents()).isEmpty();
        }

        @Test
        void anUnregisteredUnitCannotSubmit() {
            Delegation delegation = DelegationFixtures.draft();
            assertThat(refusedCodes(() -> delegation.submit(CLERK, DelegationFixtures.context().unregistered().build(),
                    DAY))).containsExactly("UNIT_NOT_REGISTERED");
            assertThat(delegation.status()).isEqualTo(DelegationStatus.DRAFT);
        }

        @Test
        void theRulesInForceOnTheDayOfSubmissionDecide() {
            Delegation delegation = Delegation.draft("d-3", CLERK, DelegationFixtures.plan().daysAbroad(6).build(), NOW);
            assertThat(refusedCodes(() -> delegation.submit(CLERK, CONTEXT, DAY))).containsExactly("MAX_DAYS_ABROAD");
            delegation.submit(CLERK, CONTEXT,
                    new OfficeDay(NOW, TODAY, DAY.calendar(), POLICY.with(TravelParameter.MAX_DAYS_ONE_COUNTRY, "6")));
            assertThat(delegation.status()).isEqualTo(DelegationStatus.SUBMITTED);
        }

        @Test
        void anotherUnitsClerkCannotSubmit() {
            Delegation delegation = DelegationFixtures.draft();
            assertThatThrownBy(() -> delegation.submit(OTHER_UNIT_CLERK, CONTEXT, DAY))
                    .isInstanceOf(ActNotPermittedException.class).hasMessageContaining("another unit");
            assertThat(delegation.status()).isEqualTo(DelegationStatus.DRAFT);
            assertThat(delegation.recordedEvents()).isEmpty();
        }
    }

    @Nested
    class Sign {

        @Test
        void theSignatoryPostsThePreTripNoticeForFiveWorkingDays() {
            Delegation delegation = DelegationFixtures.submitted();
            delegation.sign(SIGNATORY, DAY);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.SIGNED);
            // Friday 20 November + 5 working days, Saturday and Sunday not counted: Friday 27 November.
            assertThat(delegation.preTripNotice()).contains(new PreTripNotice(TODAY, 5, LocalDate.of(2026, 11, 27),
                    List.of()));
            assertThat(delegation.history()).last().isEqualTo(
                    new StatusChange(DelegationStatus.SUBMITTED, DelegationStatus.SIGNED, "qian.signatory", NOW, null));
            assertThat(delegation.recordedEvents()).isEmpty();
        }

        @Test
        void theNoticeKeepsThePeriodInForceOnTheDayItWasPosted() {
            Delegation delegation = DelegationFixtures.submitted();
            delegation.sign(SIGNATORY, new OfficeDay(NOW, TODAY, DAY.calendar(),
                    POLICY.with(TravelParameter.PRE_TRIP_NOTICE_WORKING_DAYS, "7")));
            assertThat(delegation.preTripNotice()).contains(new PreTripNotice(TODAY, 7, LocalDate.of(2026, 12, 1),
                    List.of()));
        }

        @Test
        void nobodySignsAFileTheySubmitted() {
            Actor clerkAndSignatory = Actor.of("li.clerk", "U-EDU", Role.UNIT_CLERK, Role.UNIT_SIGNATORY);
            Delegation delegation = Delegation.draft("d-4", clerkAndSignatory, DelegationFixtures.planToJapan(), NOW);
            delegation.submit(clerkAndSignatory, CONTEXT, DAY);
            assertThatThrownBy(() -> delegation.sign(clerkAndSignatory, DAY))
                    .isInstanceOf(ActNotPermittedException.class).hasMessageContaining("submitted");
            assertThat(delegation.status()).isEqualTo(DelegationStatus.SUBMITTED);
            assertThat(delegation.preTripNotice()).isEmpty();
            delegation.sign(SIGNATORY, DAY);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.SIGNED);
        }

        @Test
        void anotherUnitsSignatoryCannotSign() {
            Delegation delegation = DelegationFixtures.submitted();
            assertThatThrownBy(() -> delegation.sign(Actor.of("ma.signatory", "U-HEALTH", Role.UNIT_SIGNATORY), DAY))
                    .isInstanceOf(ActNotPermittedException.class).hasMessageContaining("another unit");
            assertThat(delegation.status()).isEqualTo(DelegationStatus.SUBMITTED);
        }
    }

    @Nested
    class PreTripNoticeBeforeApproval {

        private final Delegation accepted = inState(DelegationStatus.ACCEPTED);

        @Test
        void approvalOnTheFourthWorkingDayAfterPostingIsRefused() {
            refusedWithOnly(() -> accepted.approve(DIRECTOR, null, false, CONTEXT, FOURTH_WORKING_DAY), "PRE_TRIP_NOTICE_PERIOD",
                    violation -> assertThat(violation.parameters())
                            .containsEntry("parameter", "PRE_TRIP_NOTICE_WORKING_DAYS")
                            .containsEntry("limit", java.math.BigDecimal.valueOf(5))
                            .containsEntry("actual", 4).containsEntry("postedOn", "2026-11-20")
                            .containsEntry("endsOn", "2026-11-27").containsEntry("source", "S4, S5b"));
            assertThat(accepted.status()).isEqualTo(DelegationStatus.ACCEPTED);
            assertThat(accepted.decision()).isEmpty();
            assertThat(accepted.recordedEvents()).isEmpty();
        }

        @Test
        void approvalOnTheFifthWorkingDayAfterPostingIsAllowed() {
            accepted.approve(DIRECTOR, null, false, CONTEXT, NOTICE_SERVED);
            assertThat(accepted.status()).isEqualTo(DelegationStatus.APPROVED);
        }

        /** Posted on Friday 20 November: the weekend after it does not count. */
        @ParameterizedTest(name = "{0} calendar days after posting count as {1} working days")
        @CsvSource({"1, 0", "2, 0", "3, 1", "5, 3", "6, 4"})
        void weekendsDoNotCountTowardsTheNotice(int calendarDays, int workingDays) {
            refusedWithOnly(() -> accepted.approve(DIRECTOR, null, false, CONTEXT, dayAfter(calendarDays)),
                    "PRE_TRIP_NOTICE_PERIOD", violation -> assertThat(violation.parameters())
                            .containsEntry("actual", workingDays));
        }

        @Test
        void anOpenObjectionRefusesApprovalUntilItIsResolved() {
            Objection objection = accepted.recordObjection(CLERK, "Staff letter: the trip repeats last year's",
                    TODAY.plusDays(3), NOW);
            assertThat(accepted.preTripNotice().orElseThrow().openObjections()).containsExactly(objection);
            refusedWithOnly(() -> accepted.approve(DIRECTOR, null, false, CONTEXT, NOTICE_SERVED), "PRE_TRIP_NOTICE_OBJECTION",
                    violation -> assertThat(violation.parameters()).containsEntry("openObjections", 1)
                            .containsEntry("source", "S4"));
            assertThat(accepted.status()).isEqualTo(DelegationStatus.ACCEPTED);

            accepted.resolveObjection(SIGNATORY, objection.id(), "Other schools, other tasks", NOTICE_SERVED.now());
            assertThat(accepted.preTripNotice().orElseThrow().openObjections()).isEmpty();
            assertThat(accepted.preTripNotice().orElseThrow().objections()).singleElement().satisfies(resolved -> {
                assertThat(resolved.isResolved()).isTrue();
                assertThat(resolved.resolvedBy()).isEqualTo("qian.signatory");
                assertThat(resolved.resolution()).isEqualTo("Other schools, other tasks");
            });
            accepted.approve(DIRECTOR, null, false, CONTEXT, NOTICE_SERVED);
            assertThat(accepted.status()).isEqualTo(DelegationStatus.APPROVED);
        }

        @Test
        void aShortNoticeAndAnOpenObjectionAreReportedTogether() {
            accepted.recordObjection(OFFICER, "Anonymous letter about the costs", TODAY, NOW);
            assertThat(refusedCodes(() -> accepted.approve(DIRECTOR, null, false, CONTEXT, FOURTH_WORKING_DAY)))
                    .containsExactlyInAnyOrder("PRE_TRIP_NOTICE_PERIOD", "PRE_TRIP_NOTICE_OBJECTION");
        }

        @Test
        void aDirectorsWaiverOfTheNoticePeriodLetsAnEarlyApprovalThrough() {
            accepted.waive(DIRECTOR, "PRE_TRIP_NOTICE_PERIOD", "Talks called at short notice by the ministry", NOW);
            accepted.approve(DIRECTOR, null, false, CONTEXT, dayAfter(3));
            assertThat(accepted.status()).isEqualTo(DelegationStatus.APPROVED);
        }

        @Test
        void waivingTheNoticePeriodDoesNotSettleAnObjection() {
            accepted.recordObjection(OFFICER, "Anonymous letter about the costs", TODAY, NOW);
            accepted.waive(DIRECTOR, "PRE_TRIP_NOTICE_PERIOD", "Talks called at short notice by the ministry", NOW);
            assertThat(refusedCodes(() -> accepted.approve(DIRECTOR, null, false, CONTEXT, dayAfter(3))))
                    .containsExactly("PRE_TRIP_NOTICE_OBJECTION");
        }

        @Test
        void aWaiverDoesNotSettleAnOpenObjection() {
            accepted.recordObjection(OFFICER, "Anonymous letter about the costs", TODAY, NOW);
            accepted.waive(DIRECTOR, "PRE_TRIP_NOTICE_OBJECTION", "The letter repeats last year's complaint", NOW);
            assertThat(refusedCodes(() -> accepted.approve(DIRECTOR, null, false, CONTEXT, NOTICE_SERVED)))
                    .containsExactly("PRE_TRIP_NOTICE_OBJECTION");
        }

        @Test
        void anObjectionIsResolvedOnlyOnce() {
            Objection objection = accepted.recordObjection(OFFICER, "Anonymous letter about the costs", TODAY, NOW);
            accepted.resolveObjection(OFFICER, objection.id(), "The costs are in the approved budget", NOW);
            assertThatThrownBy(() -> accepted.resolveObjection(OFFICER, objection.id(), "Resolved a second time", NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class);
            assertThat(accepted.preTripNotice().orElseThrow().objections()).singleElement()
                    .extracting(Objection::resolution).isEqualTo("The costs are in the approved budget");
        }

        @Test
        void anUnknownObjectionIsNotFound() {
            assertThatThrownBy(() -> accepted.resolveObjection(OFFICER, "no-such-objection", "Nothing to resolve", NOW))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void aClerkRecordsObjectionsButDoesNotResolveThem() {
            Objection objection = accepted.recordObjection(CLERK, "Staff letter", TODAY, NOW);
            assertThatThrownBy(() -> accepted.resolveObjection(CLERK, objection.id(), "Never mind", NOW))
                    .isInstanceOf(ActNotPermittedException.class);
            assertThat(accepted.preTripNotice().orElseThrow().openObjections()).hasSize(1);
        }
    }

    @Nested
    class Accept {

        @Test
        void theOfficerAcceptsASignedFileAndPublishesNothing() {
            Delegation delegation = inState(DelegationStatus.SIGNED);
            delegation.accept(OFFICER, NOW);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.ACCEPTED);
            assertThat(delegation.acceptedBy()).contains("sun.officer");
            assertThat(delegation.recordedEvents()).isEmpty();
        }

        @Test
        void aFileTheUnitHasNotSignedCannotBeAccepted() {
            Delegation delegation = inState(DelegationStatus.SUBMITTED);
            assertThatThrownBy(() -> delegation.accept(OFFICER, NOW)).isInstanceOf(ActNotAllowedInStateException.class);
            assertThat(delegation.acceptedBy()).isEmpty();
        }
    }

    @Nested
    class Correction {

        private static final List<String> ITEMS = List.of("Attach the invitation's translation", "Seal the budget note");

        @Test
        void theOfficerReturnsTheFileWithWhatToCorrectAndTwoWorkingDaysToDoIt() {
            Delegation delegation = inState(DelegationStatus.SIGNED);
            delegation.returnForCorrection(OFFICER, ITEMS, DAY);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.CORRECTION_REQUESTED);
            assertThat(delegation.correctionNotice()).contains(
                    new CorrectionNotice(ITEMS, "sun.officer", NOW, CORRECTION_DUE, null));
            assertThat(delegation.deadline(DeadlineKind.CORRECTION)).contains(
                    new Deadline(DeadlineKind.CORRECTION, CORRECTION_DUE, null, false, false));
            assertThat(delegation.recordedEvents()).containsExactly(new DelegationReturnedForCorrection(delegation.id(),
                    "U-EDU", TITLE, ITEMS, CORRECTION_DUE, NOW));
        }

        @Test
        void aSecondCorrectionNoticeIsRefused() {
            Delegation delegation = inState(DelegationStatus.CORRECTION_REQUESTED);
            delegation.resubmit(CLERK, CONTEXT, DAY);
            refusedWithOnly(() -> delegation.returnForCorrection(OFFICER, List.of("Add the schedule"), dayAfter(3)),
                    "CORRECTION_NOTICE_ONCE", violation -> assertThat(violation.parameters())
                            .containsEntry("noticeSentAt", NOW.toString()).containsEntry("source", "S9"));
            assertThat(delegation.status()).isEqualTo(DelegationStatus.SIGNED);
            assertThat(delegation.correctionNotice().orElseThrow().items())
                    .containsExactly("Attach the invitation's translation");
            assertThat(delegation.recordedEvents()).isEmpty();
        }

        @Test
        void resubmissionOnTheDueDayIsAllowedAndMeetsTheDeadline() {
            Delegation delegation = inState(DelegationStatus.CORRECTION_REQUESTED);
            OfficeDay dueDay = dayAfter(4);
            assertThat(dueDay.today()).isEqualTo(CORRECTION_DUE);
            delegation.resubmit(CLERK, CONTEXT, dueDay);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.SIGNED);
            assertThat(delegation.correctionNotice().orElseThrow().resubmittedAt()).isEqualTo(dueDay.now());
            assertThat(delegation.deadline(DeadlineKind.CORRECTION).orElseThrow().metAt()).isEqualTo(dueDay.now());
            assertThat(delegation.history()).last().isEqualTo(new StatusChange(DelegationStatus.CORRECTION_REQUESTED,
                    DelegationStatus.SIGNED, "li.clerk", dueDay.now(), null));
        }

        @Test
        void resubmissionTheDayAfterTheDueDayIsRefusedAsOverdue() {
            Delegation delegation = inState(DelegationStatus.CORRECTION_REQUESTED);
            refusedWithOnly(() -> delegation.resubmit(CLERK, CONTEXT, dayAfter(5)), "CORRECTION_OVERDUE",
                    violation -> assertThat(violation.parameters())
                            .containsEntry("parameter", "CORRECTION_WORKING_DAYS")
                            .containsEntry("limit", new BigDecimal("2")).containsEntry("dueOn", "2026-11-24")
                            .containsEntry("source", "S9"));
            assertThat(delegation.status()).isEqualTo(DelegationStatus.CORRECTION_REQUESTED);
            assertThat(delegation.deadline(DeadlineKind.CORRECTION).orElseThrow().isOpen()).isTrue();
        }

        @Test
        void theCorrectedPlanIsCheckedAgain() {
            Delegation delegation = inState(DelegationStatus.CORRECTION_REQUESTED);
            delegation.revise(CLERK, DelegationFixtures.plan().daysAbroad(6).build());
            assertThat(refusedCodes(() -> delegation.resubmit(CLERK, CONTEXT, DAY))).containsExactly("MAX_DAYS_ABROAD");
            assertThat(delegation.status()).isEqualTo(DelegationStatus.CORRECTION_REQUESTED);
        }

        @Test
        void aCorrectionNoticeNamesWhatToCorrect() {
            Delegation delegation = inState(DelegationStatus.SIGNED);
            assertThatThrownBy(() -> delegation.returnForCorrection(OFFICER, List.of(), DAY))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.SIGNED);
            assertThat(delegation.correctionNotice()).isEmpty();
            assertThat(delegation.deadlines()).isEmpty();
        }
    }

    @Nested
    class Approve {

        @Test
        void aDirectorApprovesAnAcceptedFileAndPartnersLearnIt() {
            Delegation delegation = inState(DelegationStatus.ACCEPTED);
            delegation.approve(DIRECTOR, null, false, CONTEXT, NOTICE_SERVED);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.APPROVED);
            assertThat(delegation.decision()).contains(new Decision(true, ApprovingLevel.FOREIGN_AFFAIRS_OFFICE, null,
                    null, "zhao.director", NOTICE_SERVED.now()));
            assertThat(delegation.recordedEvents()).containsExactly(new DelegationApproved(delegation.id(), "U-EDU",
                    TITLE, DelegationCategory.GOVERNMENT_EXCHANGE, false, PARTNER_CITY, List.of("JP"), DEPARTURE, RETURN,
                    2, ApprovingLevel.FOREIGN_AFFAIRS_OFFICE, NOTICE_SERVED.now()));
        }

        @ParameterizedTest(name = "a {0} leader: {1}")
        @CsvSource({
            "MINISTER, PROVINCIAL_GOVERNMENT",
            "VICE_MINISTER, PROVINCIAL_GOVERNMENT",
            "BUREAU, CITY_GOVERNMENT",
            "DEPUTY_BUREAU, CITY_GOVERNMENT",
            "DIVISION, FOREIGN_AFFAIRS_OFFICE",
            "DEPUTY_DIVISION, FOREIGN_AFFAIRS_OFFICE",
            "SECTION, FOREIGN_AFFAIRS_OFFICE",
            "STAFF, FOREIGN_AFFAIRS_OFFICE"})
        void theApprovingLevelFollowsTheMostSeniorRank(RankLevel rank, ApprovingLevel level) {
            Delegation delegation = inState(DelegationStatus.ACCEPTED,
                    DelegationFixtures.plan().members(1).member(memberOfRank(rank)).build());
            assertThat(delegation.mostSeniorRank()).isEqualTo(rank);
            assertThat(delegation.approvingLevel()).isEqualTo(level);
            delegation.approve(DIRECTOR, level == ApprovingLevel.FOREIGN_AFFAIRS_OFFICE ? null : REFERENCE, false,
                    CONTEXT, NOTICE_SERVED);
            assertThat(delegation.decision().orElseThrow().approvingLevel()).isEqualTo(level);
            assertThat(delegation.recordedEvents()).singleElement().isInstanceOfSatisfying(DelegationApproved.class,
                    approved -> assertThat(approved.approvingLevel()).isEqualTo(level));
        }

        @Test
        void theMostSeniorRankDecidesWhoeverLeads() {
            Member viceMinister = new Member("Zhou Li", "U-EDU", "Adviser", RankLevel.VICE_MINISTER, MemberRole.MEMBER,
                    false, "EDU-010");
            Delegation delegation = inState(DelegationStatus.ACCEPTED,
                    DelegationFixtures.plan().member(viceMinister).build());
            assertThat(delegation.mostSeniorRank()).isEqualTo(RankLevel.VICE_MINISTER);
            assertThat(delegation.approvingLevel()).isEqualTo(ApprovingLevel.PROVINCIAL_GOVERNMENT);
        }

        @ParameterizedTest(name = "a {0} leader, reference [{2}]")
        @CsvSource({
            "VICE_MINISTER, PROVINCIAL_GOVERNMENT, ",
            "VICE_MINISTER, PROVINCIAL_GOVERNMENT, '   '",
            "DEPUTY_BUREAU, CITY_GOVERNMENT, ",
            "BUREAU, CITY_GOVERNMENT, ''"})
        void aboveTheOfficesLevelAnApprovalWithoutTheHigherReferenceIsRefused(RankLevel rank, ApprovingLevel level,
                String reference) {
            Delegation delegation = inState(DelegationStatus.ACCEPTED,
                    DelegationFixtures.plan().member(memberOfRank(rank)).build());
            refusedWithOnly(() -> delegation.approve(DIRECTOR, reference, false, CONTEXT, NOTICE_SERVED),
                    "APPROVAL_REFERENCE_REQUIRED", violation -> {
                        assertThat(violation.field()).isEqualTo("authorityReference");
                        assertThat(violation.parameters()).containsEntry("approvingLevel", level.name())
                                .containsEntry("mostSeniorRank", rank.name()).containsEntry("source", "S10");
                    });
            assertThat(delegation.status()).isEqualTo(DelegationStatus.ACCEPTED);
            assertThat(delegation.recordedEvents()).isEmpty();
        }

        @Test
        void theHigherAuthoritysReferenceCannotBeWaived() {
            Delegation delegation = inState(DelegationStatus.ACCEPTED,
                    DelegationFixtures.plan().member(memberOfRank(RankLevel.VICE_MINISTER)).build());
            delegation.waive(DIRECTOR, "APPROVAL_REFERENCE_REQUIRED", "The province approved it by telephone", NOW);
            assertThat(refusedCodes(() -> delegation.approve(DIRECTOR, null, false, CONTEXT, NOTICE_SERVED)))
                    .containsExactly("APPROVAL_REFERENCE_REQUIRED");
        }

        @Test
        void aboveTheOfficesLevelTheApprovalCarriesTheHigherReference() {
            Delegation delegation = inState(DelegationStatus.ACCEPTED,
                    DelegationFixtures.plan().member(memberOfRank(RankLevel.DEPUTY_BUREAU)).build());
            delegation.approve(DIRECTOR, REFERENCE, false, CONTEXT, NOTICE_SERVED);
            assertThat(delegation.decision()).contains(new Decision(true, ApprovingLevel.CITY_GOVERNMENT, REFERENCE,
                    null, "zhao.director", NOTICE_SERVED.now()));
        }

        @Test
        void withoutTheSimplifiedPathASignedFileWaitsForTheOfficersAcceptance() {
            Delegation delegation = inState(DelegationStatus.SIGNED);
            assertThatThrownBy(() -> delegation.approve(DIRECTOR, null, false, CONTEXT, NOTICE_SERVED))
                    .isInstanceOf(ActNotAllowedInStateException.class).hasMessageContaining("accepted");
            assertThat(delegation.status()).isEqualTo(DelegationStatus.SIGNED);
            assertThat(delegation.recordedEvents()).isEmpty();
        }

        @Test
        void theSimplifiedPathApprovesASignedFileWithoutTheOfficersAcceptance() {
            Delegation delegation = inState(DelegationStatus.SIGNED);
            delegation.approve(DIRECTOR, null, true, CONTEXT, NOTICE_SERVED);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.APPROVED);
            assertThat(delegation.acceptedBy()).isEmpty();
        }

        @Test
        void theSimplifiedPathStillWaitsForTheNotice() {
            Delegation delegation = inState(DelegationStatus.SIGNED);
            assertThat(refusedCodes(() -> delegation.approve(DIRECTOR, null, true, CONTEXT, FOURTH_WORKING_DAY)))
                    .containsExactly("PRE_TRIP_NOTICE_PERIOD");
        }

        @Test
        void nobodyApprovesAFileTheyCreated() {
            Actor clerkAndDirector = Actor.of("li.clerk", "U-EDU", Role.UNIT_CLERK, Role.FAO_DIRECTOR);
            Delegation delegation = Delegation.draft("d-5", clerkAndDirector, DelegationFixtures.planToJapan(), NOW);
            delegation.submit(clerkAndDirector, CONTEXT, DAY);
            delegation.sign(SIGNATORY, DAY);
            delegation.accept(OFFICER, NOW);
            assertThatThrownBy(() -> delegation.approve(clerkAndDirector, null, false, CONTEXT, NOTICE_SERVED))
                    .isInstanceOf(ActNotPermittedException.class).hasMessageContaining("created");
            assertThat(delegation.status()).isEqualTo(DelegationStatus.ACCEPTED);
            delegation.approve(DIRECTOR, null, false, CONTEXT, NOTICE_SERVED);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.APPROVED);
        }

        @Test
        void anOfficerIsNotADirector() {
            Delegation delegation = inState(DelegationStatus.ACCEPTED);
            assertThatThrownBy(() -> delegation.approve(OFFICER, null, false, CONTEXT, NOTICE_SERVED))
                    .isInstanceOf(ActNotPermittedException.class);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.ACCEPTED);
        }

        @Test
        void aDraftCannotBeApproved() {
            Delegation delegation = DelegationFixtures.draft();
            assertThatThrownBy(() -> delegation.approve(DIRECTOR, null, true, CONTEXT, NOTICE_SERVED))
                    .isInstanceOf(ActNotAllowedInStateException.class);
        }
    }

    @Nested
    class Reject {

        @Test
        void aDirectorRejectsInWriting() {
            Delegation delegation = inState(DelegationStatus.ACCEPTED);
            delegation.reject(DIRECTOR, REJECTION_REASON, NOW);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.REJECTED);
            assertThat(delegation.endReason()).contains(REJECTION_REASON);
            assertThat(delegation.decision()).contains(new Decision(false, ApprovingLevel.FOREIGN_AFFAIRS_OFFICE, null,
                    REJECTION_REASON, "zhao.director", NOW));
            assertThat(delegation.recordedEvents()).containsExactly(new DelegationRejected(delegation.id(), "U-EDU",
                    TITLE, List.of("JP"), DEPARTURE, RETURN, REJECTION_REASON, NOW));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"Too short", "   Too short   "})
        void aReasonOfFewerThanTenCharactersIsRefused(String reason) {
            Delegation delegation = inState(DelegationStatus.ACCEPTED);
            assertThatThrownBy(() -> delegation.reject(DIRECTOR, reason, NOW))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 characters");
            assertThat(delegation.status()).isEqualTo(DelegationStatus.ACCEPTED);
            assertThat(delegation.decision()).isEmpty();
            assertThat(delegation.recordedEvents()).isEmpty();
        }

        @Test
        void tenCharactersAreEnough() {
            Delegation delegation = inState(DelegationStatus.ACCEPTED);
            delegation.reject(DIRECTOR, "Off-policy", NOW);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.REJECTED);
        }
    }

    @Nested
    class Withdraw {

        @Test
        void aWithdrawnDraftLeavesNoEvent() {
            Delegation delegation = DelegationFixtures.draft();
            delegation.withdraw(CLERK, "Postponed to next year", NOW);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.WITHDRAWN);
            assertThat(delegation.endReason()).contains("Postponed to next year");
            assertThat(delegation.recordedEvents()).isEmpty();
        }

        @Test
        void aWithdrawnSignedFileTellsFromWhichStateItWasWithdrawn() {
            Delegation delegation = inState(DelegationStatus.SIGNED);
            delegation.withdraw(SIGNATORY, "Postponed to next year", NOW);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.WITHDRAWN);
            assertThat(delegation.recordedEvents()).containsExactly(new DelegationWithdrawn(delegation.id(), "U-EDU",
                    TITLE, DelegationStatus.SIGNED, NOW));
            assertThat(delegation.history()).last().isEqualTo(new StatusChange(DelegationStatus.SIGNED,
                    DelegationStatus.WITHDRAWN, "qian.signatory", NOW, "Postponed to next year"));
        }

        @Test
        void anApprovedTripIsCancelledNotWithdrawn() {
            Delegation delegation = inState(DelegationStatus.APPROVED);
            assertThatThrownBy(() -> delegation.withdraw(CLERK, "Postponed to next year", NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.APPROVED);
        }
    }

    @Nested
    class Cancel {

        @Test
        void theUnitCancelsAnApprovedTripBeforeThePassportsGoOut() {
            Delegation delegation = inState(DelegationStatus.APPROVED);
            delegation.cancel(CLERK, CANCELLATION_REASON, 0, NOW);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.CANCELLED);
            assertThat(delegation.recordedEvents()).containsExactly(new DelegationCancelled(delegation.id(), "U-EDU",
                    TITLE, PARTNER_CITY, List.of("JP"), DEPARTURE, RETURN, CANCELLATION_REASON, 0, NOW));
        }

        @Test
        void aCancellationAfterThePassportsWentOutSaysHowManyAreOutstanding() {
            Delegation delegation = inState(DelegationStatus.PASSPORTS_ISSUED);
            delegation.cancel(DIRECTOR, CANCELLATION_REASON, 2, NOW);
            assertThat(delegation.recordedEvents()).singleElement().isInstanceOfSatisfying(DelegationCancelled.class,
                    cancelled -> assertThat(cancelled.passportsOutstanding()).isEqualTo(2));
        }

        @Test
        void aCancellationNeedsAWrittenReason() {
            Delegation delegation = inState(DelegationStatus.APPROVED);
            assertThatThrownBy(() -> delegation.cancel(CLERK, "Because", 0, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.APPROVED);
            assertThat(delegation.recordedEvents()).isEmpty();
        }

        @Test
        void aTripUnderwayCannotBeCancelled() {
            Delegation delegation = inState(DelegationStatus.DEPARTED);
            assertThatThrownBy(() -> delegation.cancel(DIRECTOR, CANCELLATION_REASON, 2, NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class);
        }
    }

    @Nested
    class Passports {

        @Test
        void passportsAreDueBackOnDeparturePlusTheApprovedDaysPlusSeven() {
            // 10 March + 5 days abroad + PASSPORT_RETURN_DAYS (7) = 22 March.
            assertThat(DelegationFixtures.draft().passportsDueBack(POLICY)).isEqualTo(LocalDate.of(2027, 3, 22));
            Delegation threeDays = Delegation.draft("d-6", CLERK, DelegationFixtures.plan().daysAbroad(3).build(), NOW);
            assertThat(threeDays.passportsDueBack(POLICY)).isEqualTo(LocalDate.of(2027, 3, 20));
        }

        @Test
        void theReturnDaysAreThoseInForce() {
            assertThat(DelegationFixtures.draft().passportsDueBack(POLICY.with(TravelParameter.PASSPORT_RETURN_DAYS, "10")))
                    .isEqualTo(LocalDate.of(2027, 3, 25));
        }

        @Test
        void issuingRecordsHowManyWereLentAndWhenTheyAreDue() {
            Delegation delegation = inState(DelegationStatus.APPROVED);
            delegation.issuePassports(OFFICER, 2, LocalDate.of(2027, 3, 22), NOW);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.PASSPORTS_ISSUED);
            assertThat(delegation.trip()).contains(new Trip(2, LocalDate.of(2027, 3, 22), null, null, null));
            assertThat(delegation.recordedEvents()).isEmpty();
        }

        @Test
        void passportsBackAreRecordedOnTheOfficeDay() {
            Delegation delegation = inState(DelegationStatus.BACK_HOME);
            delegation.passportsReturned(OFFICER, on(LocalDate.of(2027, 3, 19)));
            assertThat(delegation.status()).isEqualTo(DelegationStatus.PASSPORTS_BACK);
            assertThat(delegation.trip().orElseThrow().passportsReturnedOn()).isEqualTo(LocalDate.of(2027, 3, 19));
            assertThat(delegation.recordedEvents()).isEmpty();
        }
    }

    @Nested
    class DepartureAndReturn {

        @Test
        void aLateDepartureIsRecordedOnTheDayItHappened() {
            Delegation delegation = inState(DelegationStatus.PASSPORTS_ISSUED);
            OfficeDay twoDaysLater = on(DEPARTURE.plusDays(2));
            delegation.depart(CLERK, DEPARTURE.plusDays(1), twoDaysLater);
            assertThat(delegation.trip().orElseThrow().departedOn()).isEqualTo(DEPARTURE.plusDays(1));
            assertThat(delegation.recordedEvents()).singleElement().isInstanceOfSatisfying(DelegationDeparted.class,
                    departed -> assertThat(departed.departedOn()).isEqualTo(DEPARTURE.plusDays(1)));
        }

        @Test
        void aDepartureBeforeTheApprovedDateOrInTheFutureIsRefused() {
            Delegation delegation = inState(DelegationStatus.PASSPORTS_ISSUED);
            assertThatThrownBy(() -> delegation.depart(CLERK, DEPARTURE.minusDays(1), DEPARTURE_DAY))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> delegation.depart(CLERK, DEPARTURE.plusDays(1), DEPARTURE_DAY))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.PASSPORTS_ISSUED);
            assertThat(delegation.recordedEvents()).isEmpty();
        }

        @Test
        void aReturnBeforeTheDepartureOrInTheFutureIsRefused() {
            Delegation delegation = inState(DelegationStatus.DEPARTED);
            assertThatThrownBy(() -> delegation.recordReturn(CLERK, DEPARTURE.minusDays(1), RETURN_DAY))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> delegation.recordReturn(CLERK, RETURN.plusDays(1), RETURN_DAY))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.DEPARTED);
            assertThat(delegation.deadlines()).isEmpty();
        }
    }

    @Nested
    class TripReportAndResults {

        @Test
        void aReportWithTwoPhotosIsRefused() {
            Delegation delegation = inState(DelegationStatus.PASSPORTS_BACK);
            refusedWithOnly(() -> delegation.submitReport(CLERK, DelegationJourney.report(2), REPORT_DAY), "REPORT_PHOTOS",
                    violation -> {
                        assertThat(violation.field()).isEqualTo("photoRefs");
                        assertThat(violation.parameters()).containsEntry("parameter", "MIN_REPORT_PHOTOS")
                                .containsEntry("limit", new BigDecimal("3")).containsEntry("actual", 2)
                                .containsEntry("source", "S33");
                    });
            assertThat(delegation.status()).isEqualTo(DelegationStatus.PASSPORTS_BACK);
            assertThat(delegation.report()).isEmpty();
            assertThat(delegation.deadline(DeadlineKind.TRIP_REPORT).orElseThrow().isOpen()).isTrue();
        }

        @Test
        void aReportWithThreePhotosIsSubmitted() {
            Delegation delegation = inState(DelegationStatus.PASSPORTS_BACK);
            delegation.submitReport(SIGNATORY, DelegationJourney.report(3), REPORT_DAY);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.REPORTED);
            assertThat(delegation.recordedEvents()).singleElement().isInstanceOfSatisfying(TripReportSubmitted.class,
                    submitted -> assertThat(submitted.photoCount()).isEqualTo(3));
        }

        @Test
        void theResultsArePublishedNotBeforeTheReturn() {
            Delegation delegation = inState(DelegationStatus.REPORTED);
            assertThatThrownBy(() -> delegation.publishResults(CLERK, RETURN.minusDays(1), "Unit website",
                    PUBLICATION_DAY)).isInstanceOf(IllegalArgumentException.class);
            delegation.publishResults(CLERK, RETURN, "Notice board, 2nd floor", PUBLICATION_DAY);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.RESULTS_PUBLISHED);
            assertThat(delegation.resultsNotice().orElseThrow().publishedOn()).isEqualTo(RETURN);
            assertThat(delegation.recordedEvents()).isEmpty();
        }

        @Test
        void theOfficerClosesTheCompleteFile() {
            Delegation delegation = inState(DelegationStatus.RESULTS_PUBLISHED);
            Instant at = Instant.parse("2027-03-30T02:00:00Z");
            delegation.close(OFFICER, at);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.CLOSED);
            assertThat(delegation.recordedEvents()).containsExactly(
                    new DelegationClosed(delegation.id(), "U-EDU", TITLE, PARTNER_CITY, at));
        }
    }

    @Nested
    class ReviseAndWaive {

        @Test
        void theClerkRevisesADraftAndAnotherUnitCannot() {
            Delegation delegation = DelegationFixtures.draft();
            delegation.revise(CLERK, DelegationFixtures.plan().daysAbroad(3).build());
            assertThat(delegation.plan().daysAbroad()).isEqualTo(3);
            assertThatThrownBy(() -> delegation.revise(OTHER_UNIT_CLERK, DelegationFixtures.planToJapan()))
                    .isInstanceOf(ActNotPermittedException.class);
            assertThat(delegation.plan().daysAbroad()).isEqualTo(3);
        }

        @Test
        void aRevisionDecidesWhetherTheFileTakesTheGreenChannel() {
            Delegation delegation = DelegationFixtures.draft();
            delegation.revise(CLERK, DelegationFixtures.plan().urgent().build());
            assertThat(delegation.greenChannel()).isTrue();
            delegation.revise(CLERK, DelegationFixtures.planToJapan());
            assertThat(delegation.greenChannel()).isFalse();
        }

        @Test
        void aDirectorsWrittenWaiverLetsABrokenRulePassAndOnlyThatOne() {
            Delegation delegation = Delegation.draft("d-7", CLERK,
                    DelegationFixtures.plan().daysAbroad(6).members(7).build(), NOW);
            delegation.waive(DIRECTOR, "MAX_DAYS_ABROAD", "Talks with the ministry moved by one day", NOW);
            assertThat(delegation.blockingViolations(CONTEXT, POLICY)).extracting(RuleViolation::code)
                    .containsExactly("MAX_DELEGATION_SIZE");
            delegation.waive(DIRECTOR, "MAX_DELEGATION_SIZE", "A second interpreter for the signing ceremony", NOW);
            delegation.submit(CLERK, CONTEXT, DAY);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.SUBMITTED);
            assertThat(delegation.waivers()).extracting(Waiver::grantedBy).containsOnly("zhao.director");
        }

        @Test
        void aNewWaiverOfTheSameRuleReplacesTheOldOne() {
            Delegation delegation = DelegationFixtures.draft();
            delegation.waive(DIRECTOR, "MAX_DAYS_ABROAD", "Talks with the ministry moved by one day", NOW);
            delegation.waive(DIRECTOR, "MAX_DAYS_ABROAD", "Talks moved again, now by two days", NOW);
            assertThat(delegation.waivers()).singleElement().extracting(Waiver::reason)
                    .isEqualTo("Talks moved again, now by two days");
        }

        @Test
        void onlyADirectorWaivesAndOnlyWithAReason() {
            Delegation delegation = DelegationFixtures.draft();
            assertThatThrownBy(() -> delegation.waive(OFFICER, "MAX_DAYS_ABROAD", "Because the officer says so", NOW))
                    .isInstanceOf(ActNotPermittedException.class);
            assertThatThrownBy(() -> delegation.waive(DIRECTOR, "MAX_DAYS_ABROAD", "ok", NOW))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
            assertThat(delegation.waivers()).isEmpty();
        }
    }

    @Nested
    class Visibility {

        @Test
        void unitStaffSeeOnlyTheirUnit() {
            Delegation delegation = DelegationFixtures.draft();
            assertThat(delegation.isVisibleTo(CLERK)).isTrue();
            assertThat(delegation.isVisibleTo(SIGNATORY)).isTrue();
            assertThat(delegation.isVisibleTo(OTHER_UNIT_CLERK)).isFalse();
            assertThat(delegation.isVisibleTo(OFFICER)).isTrue();
            assertThat(delegation.isVisibleTo(DIRECTOR)).isTrue();
            assertThat(delegation.isVisibleTo(Actor.of("audrey", null, Role.AUDITOR))).isTrue();
        }
    }

    @Nested
    class SafetyAlerts {

        private SafetyAlert alert(String eventId, String country, int level, Integer previous, int minutesAfterNow) {
            return new SafetyAlert(eventId, country, level, previous, NOW.plusSeconds(60L * minutesAfterNow));
        }

        @ParameterizedTest
        @ValueSource(ints = {3, 4})
        void aRaiseToLevelThreeOrMoreWarnsTheFile(int level) {
            Delegation delegation = inState(DelegationStatus.SUBMITTED);
            SafetyAlert raised = alert("e-1", "JP", level, 1, 0);
            assertThat(delegation.flagSafetyAlert(raised)).isTrue();
            assertThat(delegation.safetyAlerts()).containsExactly(raised);
            assertThat(delegation.activeSafetyAlerts()).containsExactly(raised);
        }

        @Test
        void aFirstAlertBelowLevelThreeIsIgnored() {
            Delegation delegation = inState(DelegationStatus.SUBMITTED);
            assertThat(delegation.flagSafetyAlert(alert("e-1", "JP", 2, 1, 0))).isFalse();
            assertThat(delegation.safetyAlerts()).isEmpty();
        }

        @Test
        void aLaterLoweringClearsTheActiveWarning() {
            Delegation delegation = inState(DelegationStatus.DEPARTED);
            delegation.flagSafetyAlert(alert("e-1", "JP", 3, 2, 0));
            SafetyAlert lowered = alert("e-2", "JP", 2, 3, 60);
            assertThat(delegation.flagSafetyAlert(lowered)).isTrue();
            assertThat(delegation.safetyAlerts()).hasSize(2).contains(lowered);
            assertThat(delegation.activeSafetyAlerts()).isEmpty();
        }

        @Test
        void theSameAnnouncementSeenTwiceIsKeptOnce() {
            Delegation delegation = inState(DelegationStatus.APPROVED);
            SafetyAlert raised = alert("e-1", "JP", 3, 2, 0);
            assertThat(delegation.flagSafetyAlert(raised)).isTrue();
            assertThat(delegation.flagSafetyAlert(raised)).isFalse();
            assertThat(delegation.safetyAlerts()).containsExactly(raised);
        }

        @Test
        void anAlertForACountryTheTripDoesNotVisitIsIgnored() {
            Delegation delegation = inState(DelegationStatus.APPROVED);
            assertThat(delegation.flagSafetyAlert(alert("e-1", "KR", 4, 2, 0))).isFalse();
            assertThat(delegation.safetyAlerts()).isEmpty();
        }

        @Test
        void aTransitCountsOnlyWhenTheDelegationLeavesTheAirport() {
            Delegation leaves = inState(DelegationStatus.APPROVED, DelegationFixtures.plan()
                    .leg(new ItineraryLeg("KR", "Seoul", DEPARTURE, DEPARTURE, true, true)).build());
            Delegation airside = inState(DelegationStatus.APPROVED, DelegationFixtures.plan()
                    .leg(new ItineraryLeg("KR", "Seoul", DEPARTURE, DEPARTURE, true, false)).build());
            assertThat(leaves.flagSafetyAlert(alert("e-1", "KR", 3, 2, 0))).isTrue();
            assertThat(airside.flagSafetyAlert(alert("e-1", "KR", 3, 2, 0))).isFalse();
        }

        @ParameterizedTest
        @EnumSource(names = {"SUBMITTED", "SIGNED", "CORRECTION_REQUESTED", "ACCEPTED", "APPROVED", "PASSPORTS_ISSUED",
            "DEPARTED"})
        void filesBeforeTheDecisionOrWithTheTripInProgressAreWarned(DelegationStatus state) {
            Delegation delegation = inState(state);
            assertThat(delegation.flagSafetyAlert(alert("e-1", "JP", 3, 2, 0))).isTrue();
            assertThat(delegation.activeSafetyAlerts()).hasSize(1);
        }

        @ParameterizedTest
        @EnumSource(mode = EnumSource.Mode.EXCLUDE, names = {"SUBMITTED", "SIGNED", "CORRECTION_REQUESTED", "ACCEPTED",
            "APPROVED", "PASSPORTS_ISSUED", "DEPARTED"})
        void draftsEndedFilesAndTripsBackHomeAreNotConcerned(DelegationStatus state) {
            Delegation delegation = inState(state);
            assertThat(delegation.flagSafetyAlert(alert("e-1", "JP", 4, 2, 0))).isFalse();
            assertThat(delegation.safetyAlerts()).isEmpty();
        }
    }
}
