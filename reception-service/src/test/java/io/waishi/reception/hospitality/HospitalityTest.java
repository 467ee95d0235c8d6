package io.waishi.reception.hospitality;

import static io.waishi.reception.hospitality.HospitalityFixtures.AUDITOR;
import static io.waishi.reception.hospitality.HospitalityFixtures.DIRECTOR;
import static io.waishi.reception.hospitality.HospitalityFixtures.FAO_OFFICER;
import static io.waishi.reception.hospitality.HospitalityFixtures.JUNE_16;
import static io.waishi.reception.hospitality.HospitalityFixtures.NOW;
import static io.waishi.reception.hospitality.HospitalityFixtures.POLICY;
import static io.waishi.reception.hospitality.HospitalityFixtures.RECEPTION_OFFICER;
import static io.waishi.reception.hospitality.HospitalityFixtures.banquet;
import static io.waishi.reception.hospitality.HospitalityFixtures.firstVisitGift;
import static io.waishi.reception.hospitality.HospitalityFixtures.gift;
import static io.waishi.reception.hospitality.HospitalityFixtures.inProgress;
import static io.waishi.reception.hospitality.HospitalityFixtures.received;
import static io.waishi.reception.hospitality.HospitalityFixtures.visitIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.reception.hospitality.HospitalityEvents.GiftDeclarationDue;
import io.waishi.reception.policy.RankLevel;
import io.waishi.reception.policy.ReceptionPolicy;
import io.waishi.reception.visit.VisitStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class HospitalityTest {

    static final VisitStatus OPEN = VisitStatus.IN_PROGRESS;

    static List<RuleViolation> violations(ThrowingCallable act) {
        try {
            act.call();
        } catch (RuleViolationException e) {
            return e.violations();
        } catch (Throwable other) {
            throw new AssertionError("expected rule violations, got " + other, other);
        }
        throw new AssertionError("expected rule violations, the act was allowed");
    }

    static List<String> codes(ThrowingCallable act) {
        return violations(act).stream().map(RuleViolation::code).toList();
    }

    @Nested
    class Banquets {

        @Test
        void twoBanquetsPerStayAreAllowedAndTheThirdIsRefused() {
            Hospitality hospitality = inProgress();
            hospitality.recordBanquet(RECEPTION_OFFICER, OPEN, banquet(), POLICY, NOW);
            hospitality.recordBanquet(RECEPTION_OFFICER, OPEN, banquet(), POLICY, NOW);

            List<RuleViolation> refused = violations(
                    () -> hospitality.recordBanquet(RECEPTION_OFFICER, OPEN, banquet(), POLICY, NOW));

            assertThat(refused).containsExactly(
                    RuleViolation.of("BANQUETS_PER_STAY", "kind", Map.of("banquets", 3L, "limit", 2)));
            assertThat(hospitality.banquets()).hasSize(2);
        }

        @ParameterizedTest
        @EnumSource(value = BanquetKind.class, names = {"BUFFET", "COCKTAIL", "TEA_PARTY"})
        void buffetsCocktailsAndTeaPartiesDoNotCountAsBanquets(BanquetKind kind) {
            Hospitality hospitality = inProgress();
            hospitality.recordBanquet(RECEPTION_OFFICER, OPEN, banquet(), POLICY, NOW);
            hospitality.recordBanquet(RECEPTION_OFFICER, OPEN, banquet(), POLICY, NOW);

            hospitality.recordBanquet(RECEPTION_OFFICER, OPEN, banquet(kind, RankLevel.BUREAU, "50"), POLICY, NOW);
            hospitality.recordBanquet(RECEPTION_OFFICER, OPEN, banquet(kind, RankLevel.BUREAU, "50"), POLICY, NOW);

            assertThat(hospitality.banquets()).hasSize(4);
        }

        @Test
        void theNumberOfBanquetsIsAPolicyParameter() {
            ReceptionPolicy three = new ReceptionPolicy(null, 3, null, null, null, null, null, null, null, null, null);
            Hospitality hospitality = inProgress();
            for (int i = 0; i < 3; i++) {
                hospitality.recordBanquet(RECEPTION_OFFICER, OPEN, banquet(), three, NOW);
            }
            assertThat(codes(() -> hospitality.recordBanquet(RECEPTION_OFFICER, OPEN, banquet(), three, NOW)))
                    .containsExactly("BANQUETS_PER_STAY");
        }

        @Test
        void removingABanquetFreesItsPlace() {
            Hospitality hospitality = inProgress();
            Banquet first = banquet();
            hospitality.recordBanquet(RECEPTION_OFFICER, OPEN, first, POLICY, NOW);
            hospitality.recordBanquet(RECEPTION_OFFICER, OPEN, banquet(), POLICY, NOW);

            hospitality.removeBanquet(RECEPTION_OFFICER, OPEN, first.entryId());

            assertThatCode(() -> hospitality.recordBanquet(RECEPTION_OFFICER, OPEN, banquet(), POLICY, NOW))
                    .doesNotThrowAnyException();
        }

        @Test
        void theOfficerAndTheTimeAreStampedOnTheEntry() {
            Hospitality hospitality = inProgress();
            Banquet banquet = banquet();
            hospitality.recordBanquet(RECEPTION_OFFICER, OPEN, banquet, POLICY, NOW);

            Banquet stored = hospitality.banquets().get(0);
            assertThat(stored.recordedBy()).isEqualTo("zhou.reception");
            assertThat(stored.recordedAt()).isEqualTo(NOW);
            assertThat(stored.totalYuan()).isEqualByComparingTo("3360");
            assertThat(hospitality.recordedEvents()).as("a banquet is no event").isEmpty();
        }
    }

    /** Cost per head by kind and host rank (S18): the cap itself is allowed, a yuan more is refused. */
    @Nested
    class CostPerHead {

        @ParameterizedTest(name = "{0} hosted at {1} level: RMB {2} allowed")
        @CsvSource({
            "BANQUET, BUREAU, 300", "BANQUET, DIVISION, 300", "BANQUET, OTHER, 300.00",
            "BANQUET, MINISTER, 400", "BANQUET, VICE_MINISTER, 400",
            "BUFFET, MINISTER, 150", "BUFFET, BUREAU, 150",
            "COCKTAIL, BUREAU, 100", "COCKTAIL, VICE_MINISTER, 100",
            "TEA_PARTY, BUREAU, 60", "TEA_PARTY, MINISTER, 60"})
        void theCapIsAllowed(BanquetKind kind, RankLevel hostRank, String costPerHead) {
            Hospitality hospitality = inProgress();
            hospitality.recordBanquet(RECEPTION_OFFICER, OPEN, banquet(kind, hostRank, costPerHead), POLICY, NOW);
            assertThat(hospitality.banquets()).hasSize(1);
        }

        @ParameterizedTest(name = "{0} hosted at {1} level: RMB {2} refused ({3} {4})")
        @CsvSource({
            "BANQUET, BUREAU, 301, BANQUET_PER_HEAD_BUREAU, 300",
            "BANQUET, BUREAU, 300.01, BANQUET_PER_HEAD_BUREAU, 300",
            "BANQUET, DIVISION, 301, BANQUET_PER_HEAD_BUREAU, 300",
            "BANQUET, OTHER, 400, BANQUET_PER_HEAD_BUREAU, 300",
            "BANQUET, MINISTER, 401, BANQUET_PER_HEAD_MINISTERIAL, 400",
            "BANQUET, VICE_MINISTER, 401, BANQUET_PER_HEAD_MINISTERIAL, 400",
            "BUFFET, BUREAU, 151, BUFFET_PER_HEAD, 150",
            "BUFFET, MINISTER, 151, BUFFET_PER_HEAD, 150",
            "COCKTAIL, BUREAU, 101, COCKTAIL_PER_HEAD, 100",
            "TEA_PARTY, BUREAU, 61, TEA_PARTY_PER_HEAD, 60",
            "TEA_PARTY, MINISTER, 60.5, TEA_PARTY_PER_HEAD, 60"})
        void aYuanMoreIsRefusedNamingTheParameter(BanquetKind kind, RankLevel hostRank, String costPerHead,
                String parameter, int limit) {
            Hospitality hospitality = inProgress();
            List<RuleViolation> refused = violations(() -> hospitality.recordBanquet(RECEPTION_OFFICER, OPEN,
                    banquet(kind, hostRank, costPerHead), POLICY, NOW));

            assertThat(refused).containsExactly(RuleViolation.of("COST_PER_HEAD_EXCEEDED", "costPerHeadYuan",
                    Map.of("kind", kind.name(), "hostRank", hostRank.name(), "parameter", parameter, "limit", limit,
                            "actual", new BigDecimal(costPerHead))));
            assertThat(hospitality.banquets()).isEmpty();
        }

        @Test
        void aThirdBanquetOverTheCapBreaksBothRulesAtOnce() {
            Hospitality hospitality = inProgress();
            hospitality.recordBanquet(RECEPTION_OFFICER, OPEN, banquet(), POLICY, NOW);
            hospitality.recordBanquet(RECEPTION_OFFICER, OPEN, banquet(), POLICY, NOW);

            assertThat(codes(() -> hospitality.recordBanquet(RECEPTION_OFFICER, OPEN,
                    banquet(BanquetKind.BANQUET, RankLevel.BUREAU, "301"), POLICY, NOW)))
                    .containsExactly("BANQUETS_PER_STAY", "COST_PER_HEAD_EXCEEDED");
        }
    }

    @Nested
    class GiftsGiven {

        @ParameterizedTest(name = "giver {0}, recipient {1}: RMB {2} allowed")
        @CsvSource({"BUREAU, BUREAU, 200", "DIVISION, OTHER, 200.00", "MINISTER, BUREAU, 400",
            "BUREAU, VICE_MINISTER, 400", "VICE_MINISTER, MINISTER, 400"})
        void theValueCapIsAllowed(RankLevel giver, RankLevel recipient, String value) {
            Hospitality hospitality = inProgress();
            hospitality.giveGift(RECEPTION_OFFICER, OPEN,
                    gift("guest-1", RecipientRole.HEAD_OF_DELEGATION, recipient, giver, value), POLICY, NOW);
            assertThat(hospitality.giftsGiven()).singleElement()
                    .satisfies(g -> assertThat(g.recordedBy()).isEqualTo("zhou.reception"));
        }

        @ParameterizedTest(name = "giver {0}, recipient {1}: RMB {2} refused")
        @CsvSource({"BUREAU, BUREAU, 201, GIFT_CAP_BUREAU, 200", "BUREAU, DIVISION, 200.01, GIFT_CAP_BUREAU, 200",
            "MINISTER, BUREAU, 401, GIFT_CAP_MINISTERIAL, 400", "BUREAU, VICE_MINISTER, 401, GIFT_CAP_MINISTERIAL, 400"})
        void aYuanMoreIsRefusedNamingTheParameter(RankLevel giver, RankLevel recipient, String value, String parameter,
                int limit) {
            Hospitality hospitality = inProgress();
            List<RuleViolation> refused = violations(() -> hospitality.giveGift(RECEPTION_OFFICER, OPEN,
                    gift("guest-1", RecipientRole.HEAD_OF_DELEGATION, recipient, giver, value), POLICY, NOW));

            assertThat(refused).containsExactly(RuleViolation.of("GIFT_VALUE_EXCEEDED", "valueYuan",
                    Map.of("giverRank", giver.name(), "recipientRank", recipient.name(), "parameter", parameter,
                            "limit", limit, "actual", new BigDecimal(value))));
        }

        @ParameterizedTest
        @EnumSource(value = RecipientRole.class, names = {"HEAD_OF_DELEGATION", "SPOUSE", "KEY_MEMBER"})
        void theHeadSpouseAndKeyMembersReceiveGifts(RecipientRole role) {
            Hospitality hospitality = inProgress();
            hospitality.giveGift(RECEPTION_OFFICER, OPEN,
                    gift("guest-1", role, RankLevel.BUREAU, RankLevel.BUREAU, "100"), POLICY, NOW);
            assertThat(hospitality.giftsGiven()).hasSize(1);
        }

        @Test
        void otherMembersOfTheDelegationReceiveNoGift() {
            Hospitality hospitality = inProgress();
            assertThat(violations(() -> hospitality.giveGift(RECEPTION_OFFICER, OPEN,
                    gift("guest-7", RecipientRole.OTHER, RankLevel.OTHER, RankLevel.BUREAU, "100"), POLICY, NOW)))
                    .containsExactly(RuleViolation.of("GIFT_RECIPIENT_NOT_ALLOWED", "recipientRole",
                            Map.of("recipientRole", "OTHER")));
        }

        @Test
        void aGuestReceivesOneGiftPerVisit() {
            Hospitality hospitality = inProgress();
            hospitality.giveGift(RECEPTION_OFFICER, OPEN, gift("100"), POLICY, NOW);

            assertThat(violations(() -> hospitality.giveGift(RECEPTION_OFFICER, OPEN, gift("50"), POLICY, NOW)))
                    .containsExactly(RuleViolation.of("GIFT_ALREADY_GIVEN", "guestId",
                            Map.of("guestId", "guest-1", "limit", 1)));
            hospitality.giveGift(RECEPTION_OFFICER, OPEN,
                    gift("guest-2", RecipientRole.SPOUSE, RankLevel.OTHER, RankLevel.BUREAU, "100"), POLICY, NOW);
            assertThat(hospitality.giftsGiven()).extracting(GiftGiven::guestId).containsExactly("guest-1", "guest-2");
        }

        @Test
        void aGiftRemovedByMistakeMayBeGivenAgain() {
            Hospitality hospitality = inProgress();
            GiftGiven first = gift("100");
            hospitality.giveGift(RECEPTION_OFFICER, OPEN, first, POLICY, NOW);
            hospitality.removeGiftGiven(RECEPTION_OFFICER, OPEN, first.entryId());
            assertThatCode(() -> hospitality.giveGift(RECEPTION_OFFICER, OPEN, gift("120"), POLICY, NOW))
                    .doesNotThrowAnyException();
        }

        @Test
        void aFirstTimeVisitorReceivesAGiftOnlyInReturn() {
            Hospitality hospitality = inProgress();
            assertThat(violations(() -> hospitality.giveGift(RECEPTION_OFFICER, OPEN, firstVisitGift(false), POLICY,
                    NOW))).containsExactly(RuleViolation.of("GIFT_FIRST_VISIT_NOT_IN_RETURN", "inReturn",
                            Map.of("firstVisit", true, "inReturn", false)));

            hospitality.giveGift(RECEPTION_OFFICER, OPEN, firstVisitGift(true), POLICY, NOW);
            assertThat(hospitality.giftsGiven()).singleElement().satisfies(g -> assertThat(g.inReturn()).isTrue());
        }

        @Test
        void aReturningVisitorMayReceiveAGiftUnprompted() {
            Hospitality hospitality = inProgress();
            hospitality.giveGift(RECEPTION_OFFICER, OPEN, gift("200"), POLICY, NOW);
            assertThat(hospitality.giftsGiven()).singleElement().satisfies(g -> assertThat(g.firstVisit()).isFalse());
        }

        @Test
        void everyBrokenGiftRuleIsReportedTogether() {
            Hospitality hospitality = inProgress();
            hospitality.giveGift(RECEPTION_OFFICER, OPEN,
                    gift("guest-5", RecipientRole.KEY_MEMBER, RankLevel.BUREAU, RankLevel.BUREAU, "100"), POLICY, NOW);
            GiftGiven everythingWrong = new GiftGiven("x-1", "guest-5", RecipientRole.OTHER, RankLevel.BUREAU,
                    RankLevel.BUREAU, new BigDecimal("201"), true, false, null, null, null, null);

            assertThat(codes(() -> hospitality.giveGift(RECEPTION_OFFICER, VisitStatus.REQUESTED, everythingWrong,
                    POLICY, NOW))).containsExactly("VISIT_NOT_APPROVED", "GIFT_VALUE_EXCEEDED",
                    "GIFT_RECIPIENT_NOT_ALLOWED", "GIFT_ALREADY_GIVEN", "GIFT_FIRST_VISIT_NOT_IN_RETURN");
        }
    }

    @Nested
    class GiftsReceived {

        @Test
        void aGiftAtTheThresholdOpensADeclarationAndAnnouncesItWithoutNames() {
            Hospitality hospitality = inProgress();
            GiftReceived gift = received("200", JUNE_16);

            hospitality.receiveGift(RECEPTION_OFFICER, OPEN, gift, "d-1", POLICY, NOW);

            GiftDeclaration declaration = hospitality.declaration("d-1").orElseThrow();
            assertThat(declaration.status()).isEqualTo(DeclarationStatus.DUE);
            assertThat(declaration.giftEntryId()).isEqualTo(gift.entryId());
            assertThat(declaration.dueDate()).isEqualTo(LocalDate.of(2027, 7, 16));
            assertThat(declaration.createdAt()).isEqualTo(NOW);
            assertThat(hospitality.giftsReceived()).singleElement()
                    .satisfies(g -> assertThat(g.declarationId()).isEqualTo("d-1"));
            assertThat(hospitality.recordedEvents()).containsExactly(new GiftDeclarationDue(hospitality.id(), "d-1",
                    new BigDecimal("200"), 200, JUNE_16, LocalDate.of(2027, 7, 16), NOW));
        }

        @Test
        void aGiftJustBelowTheThresholdIsKeptButNotDeclared() {
            Hospitality hospitality = inProgress();
            hospitality.receiveGift(RECEPTION_OFFICER, OPEN, received("199.99", JUNE_16), "d-1", POLICY, NOW);

            assertThat(hospitality.giftsReceived()).singleElement()
                    .satisfies(g -> assertThat(g.declarationId()).isNull());
            assertThat(hospitality.declarations()).isEmpty();
            assertThat(hospitality.recordedEvents()).isEmpty();
        }

        @ParameterizedTest(name = "received {0}, due {1}")
        @CsvSource({"2027-01-31, 2027-02-28", "2028-01-31, 2028-02-29", "2027-01-15, 2027-02-15",
            "2027-03-31, 2027-04-30", "2027-12-31, 2028-01-31", "2027-02-28, 2027-03-28"})
        void theDeclarationIsDueAMonthAfterTheDayReceived(LocalDate receivedOn, LocalDate due) {
            Hospitality hospitality = inProgress();
            hospitality.receiveGift(RECEPTION_OFFICER, OPEN, received("500", receivedOn), "d-1", POLICY, NOW);
            assertThat(hospitality.declaration("d-1").orElseThrow().dueDate()).isEqualTo(due);
        }

        @Test
        void theThresholdAndTheMonthsArePolicyParameters() {
            ReceptionPolicy stricter = new ReceptionPolicy(null, null, null, null, null, null, null, null, null, 100, 2);
            Hospitality hospitality = inProgress();
            hospitality.receiveGift(RECEPTION_OFFICER, OPEN, received("100", LocalDate.of(2027, 12, 31)), "d-1",
                    stricter, NOW);
            assertThat(hospitality.declaration("d-1").orElseThrow().dueDate()).isEqualTo(LocalDate.of(2028, 2, 29));
            assertThat(((GiftDeclarationDue) hospitality.recordedEvents().get(0)).thresholdYuan()).isEqualTo(100);
        }

        @Test
        void removingAGiftStillDueDropsItsDeclaration() {
            Hospitality hospitality = inProgress();
            GiftReceived gift = received("300", JUNE_16);
            hospitality.receiveGift(RECEPTION_OFFICER, OPEN, gift, "d-1", POLICY, NOW);

            hospitality.removeGiftReceived(RECEPTION_OFFICER, OPEN, gift.entryId());

            assertThat(hospitality.giftsReceived()).isEmpty();
            assertThat(hospitality.declarations()).isEmpty();
        }

        @Test
        void aDeclaredGiftStaysOnFile() {
            Hospitality hospitality = inProgress();
            GiftReceived gift = received("300", JUNE_16);
            hospitality.receiveGift(RECEPTION_OFFICER, OPEN, gift, "d-1", POLICY, NOW);
            hospitality.declare(RECEPTION_OFFICER, "d-1", JUNE_16, "李秘书", "市机关事务管理局", JUNE_16, NOW);

            assertThatThrownBy(() -> hospitality.removeGiftReceived(RECEPTION_OFFICER, OPEN, gift.entryId()))
                    .isInstanceOf(ActNotAllowedInStateException.class).hasMessageContaining("DECLARED");
        }
    }

    @Nested
    class Declarations {

        static final LocalDate RECEIVED = LocalDate.of(2027, 1, 31);
        static final LocalDate DUE = LocalDate.of(2027, 2, 28);

        Hospitality withDeclaration() {
            Hospitality hospitality = inProgress();
            hospitality.receiveGift(RECEPTION_OFFICER, OPEN, received("680", RECEIVED), "d-1", POLICY, NOW);
            return hospitality;
        }

        @Test
        void aDueGiftIsDeclaredWithWhoWhenAndWhereItWent() {
            Hospitality hospitality = withDeclaration();

            hospitality.declare(RECEPTION_OFFICER, "d-1", LocalDate.of(2027, 2, 10), " 李秘书 ", "市机关事务管理局",
                    LocalDate.of(2027, 2, 11), NOW);

            GiftDeclaration declared = hospitality.declaration("d-1").orElseThrow();
            assertThat(declared.status()).isEqualTo(DeclarationStatus.DECLARED);
            assertThat(declared.handedInOn()).isEqualTo(LocalDate.of(2027, 2, 10));
            assertThat(declared.handedInBy()).isEqualTo("李秘书");
            assertThat(declared.handedTo()).isEqualTo("市机关事务管理局");
            assertThat(declared.declaredBy()).isEqualTo("zhou.reception");
            assertThat(declared.declaredAt()).isEqualTo(NOW);
            assertThat(declared.late()).isFalse();
        }

        @Test
        void aGiftIsDeclaredOnce() {
            Hospitality hospitality = withDeclaration();
            hospitality.declare(RECEPTION_OFFICER, "d-1", DUE, "李秘书", "市机关事务管理局", DUE, NOW);

            assertThatThrownBy(() -> hospitality.declare(RECEPTION_OFFICER, "d-1", DUE, "李秘书", "别处", DUE, NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class).hasMessageContaining("DECLARED");
        }

        @Test
        void onTheDueDateItIsNotOverdueTheDayAfterItIs() {
            GiftDeclaration declaration = withDeclaration().declaration("d-1").orElseThrow();
            assertThat(declaration.dueDate()).isEqualTo(DUE);
            assertThat(declaration.overdueOn(DUE)).isFalse();
            assertThat(declaration.daysOverdue(DUE)).isZero();
            assertThat(declaration.overdueOn(DUE.plusDays(1))).isTrue();
            assertThat(declaration.daysOverdue(DUE.plusDays(3))).isEqualTo(3);
        }

        @Test
        void aLateDeclarationIsRecordedAsLateAndIsNoLongerOverdue() {
            Hospitality hospitality = withDeclaration();
            LocalDate march = LocalDate.of(2027, 3, 2);
            hospitality.declare(RECEPTION_OFFICER, "d-1", march, "李秘书", "市机关事务管理局", march, NOW);

            GiftDeclaration declared = hospitality.declaration("d-1").orElseThrow();
            assertThat(declared.late()).isTrue();
            assertThat(declared.overdueOn(march)).isFalse();
        }

        @Test
        void aGiftIsHandedInBetweenTheDayReceivedAndToday() {
            Hospitality hospitality = withDeclaration();
            assertThatThrownBy(() -> hospitality.declare(RECEPTION_OFFICER, "d-1", RECEIVED.minusDays(1), "李秘书",
                    "市机关事务管理局", DUE, NOW)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> hospitality.declare(RECEPTION_OFFICER, "d-1", DUE.plusDays(1), "李秘书",
                    "市机关事务管理局", DUE, NOW)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> hospitality.declare(RECEPTION_OFFICER, "d-1", RECEIVED, " ", "市机关事务管理局",
                    DUE, NOW)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("who");
            hospitality.declare(RECEPTION_OFFICER, "d-1", RECEIVED, "李秘书", "市机关事务管理局", DUE, NOW);
        }

        @Test
        void onlyAReceptionOfficerDeclares() {
            Hospitality hospitality = withDeclaration();
            for (Actor actor : List.of(AUDITOR, FAO_OFFICER, DIRECTOR)) {
                assertThatThrownBy(() -> hospitality.declare(actor, "d-1", DUE, "李秘书", "市机关事务管理局", DUE, NOW))
                        .isInstanceOf(ActNotPermittedException.class);
            }
        }

        @Test
        void anUnknownDeclarationIsNotFound() {
            assertThatThrownBy(() -> withDeclaration().declare(RECEPTION_OFFICER, "d-9", DUE, "李秘书", "处", DUE, NOW))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    /** Nothing before hosting is approved (422), nothing once the visit is closed (409). */
    @Nested
    class VisitState {

        @Test
        void nothingIsCommittedBeforeTheVisitIsApproved() {
            Hospitality hospitality = inProgress();
            VisitStatus requested = visitIn(VisitStatus.REQUESTED).status();
            RuleViolation notApproved = RuleViolation.of("VISIT_NOT_APPROVED", null, Map.of("visitStatus", "REQUESTED"));

            assertThat(violations(() -> hospitality.recordBanquet(RECEPTION_OFFICER, requested, banquet(), POLICY,
                    NOW))).containsExactly(notApproved);
            assertThat(violations(() -> hospitality.giveGift(RECEPTION_OFFICER, requested, gift("100"), POLICY, NOW)))
                    .containsExactly(notApproved);
            assertThat(violations(() -> hospitality.receiveGift(RECEPTION_OFFICER, requested,
                    received("300", JUNE_16), "d-1", POLICY, NOW))).containsExactly(notApproved);
            assertThat(hospitality.recordedEvents()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = VisitStatus.class, names = {"INVITATION_APPROVED", "INVITED", "VISA_LETTERS_ISSUED",
            "PLAN_DRAFTED", "PLAN_APPROVED", "IN_PROGRESS"})
        void everythingIsRecordedOnceApprovedAndWhileOpen(VisitStatus state) {
            VisitStatus visit = visitIn(state).status();
            Hospitality hospitality = inProgress();
            hospitality.recordBanquet(RECEPTION_OFFICER, visit, banquet(), POLICY, NOW);
            hospitality.giveGift(RECEPTION_OFFICER, visit, gift("100"), POLICY, NOW);
            hospitality.receiveGift(RECEPTION_OFFICER, visit, received("10", JUNE_16), "d-1", POLICY, NOW);
            assertThat(hospitality.banquets()).hasSize(1);
        }

        @ParameterizedTest
        @EnumSource(value = VisitStatus.class, names = {"COMPLETED", "ARCHIVED", "CANCELLED"})
        void nothingChangesOnceTheVisitIsClosed(VisitStatus state) {
            VisitStatus closed = visitIn(state).status();
            Hospitality hospitality = inProgress();
            Banquet banquet = banquet();
            hospitality.recordBanquet(RECEPTION_OFFICER, OPEN, banquet, POLICY, NOW);

            for (ThrowingCallable act : List.<ThrowingCallable>of(
                    () -> hospitality.recordBanquet(RECEPTION_OFFICER, closed, banquet(), POLICY, NOW),
                    () -> hospitality.giveGift(RECEPTION_OFFICER, closed, gift("100"), POLICY, NOW),
                    () -> hospitality.receiveGift(RECEPTION_OFFICER, closed, received("300", JUNE_16), "d-1", POLICY,
                            NOW),
                    () -> hospitality.removeBanquet(RECEPTION_OFFICER, closed, banquet.entryId()))) {
                assertThatThrownBy(act).isInstanceOf(ActNotAllowedInStateException.class)
                        .hasMessageContaining(state.name());
            }
            assertThat(hospitality.banquets()).hasSize(1);
        }

        @Test
        void aGiftReceivedDuringTheVisitIsDeclaredAfterItClosed() {
            Hospitality hospitality = inProgress();
            hospitality.receiveGift(RECEPTION_OFFICER, OPEN, received("300", JUNE_16), "d-1", POLICY, NOW);
            visitIn(VisitStatus.COMPLETED);
            hospitality.declare(RECEPTION_OFFICER, "d-1", JUNE_16.plusDays(5), "李秘书", "市机关事务管理局",
                    JUNE_16.plusDays(5), NOW);
            assertThat(hospitality.declaration("d-1").orElseThrow().status()).isEqualTo(DeclarationStatus.DECLARED);
        }
    }

    @Nested
    class Roles {

        @Test
        void onlyReceptionOfficersRecordHospitality() {
            Hospitality hospitality = inProgress();
            for (Actor actor : List.of(FAO_OFFICER, DIRECTOR, AUDITOR)) {
                assertThatThrownBy(() -> hospitality.recordBanquet(actor, OPEN, banquet(), POLICY, NOW))
                        .isInstanceOf(ActNotPermittedException.class).hasMessageContaining("record a banquet");
                assertThatThrownBy(() -> hospitality.giveGift(actor, OPEN, gift("100"), POLICY, NOW))
                        .isInstanceOf(ActNotPermittedException.class);
                assertThatThrownBy(() -> hospitality.receiveGift(actor, OPEN, received("300", JUNE_16), "d-1",
                        POLICY, NOW)).isInstanceOf(ActNotPermittedException.class);
            }
            assertThat(hospitality.recordedEvents()).isEmpty();
        }

        @Test
        void receptionOfficersAndAuditorsSeeTheDeclarations() {
            assertThatCode(() -> Hospitality.requireDeclarationReader(RECEPTION_OFFICER)).doesNotThrowAnyException();
            assertThatCode(() -> Hospitality.requireDeclarationReader(AUDITOR)).doesNotThrowAnyException();
            assertThatThrownBy(() -> Hospitality.requireDeclarationReader(FAO_OFFICER))
                    .isInstanceOf(ActNotPermittedException.class);
        }

        @Test
        void removingAnUnknownEntryIsNotFound() {
            Hospitality hospitality = inProgress();
            assertThatThrownBy(() -> hospitality.removeBanquet(RECEPTION_OFFICER, OPEN, "nope"))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> hospitality.removeGiftGiven(RECEPTION_OFFICER, OPEN, "nope"))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> hospitality.removeGiftReceived(RECEPTION_OFFICER, OPEN, "nope"))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class Entries {

        @Test
        void amountsAreYuanAndFenNeverNegative() {
            assertThatThrownBy(() -> banquet(BanquetKind.BUFFET, RankLevel.BUREAU, "-1"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
            assertThatThrownBy(() -> banquet(BanquetKind.BUFFET, RankLevel.BUREAU, "10.005"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two decimals");
            assertThat(banquet(BanquetKind.BUFFET, RankLevel.BUREAU, "10.50").costPerHeadYuan())
                    .isEqualByComparingTo("10.5");
        }

        @Test
        void aBanquetNeedsAtLeastOnePersonAndAHost() {
            assertThatThrownBy(() -> new Banquet("e", BanquetKind.BANQUET, JUNE_16, "王市长", RankLevel.BUREAU, 0,
                    BigDecimal.TEN, null, null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Banquet("e", BanquetKind.BANQUET, JUNE_16, " ", RankLevel.BUREAU, 4,
                    BigDecimal.TEN, null, null)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
