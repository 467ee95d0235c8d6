package io.waishi.travel.delegation;

import static io.waishi.travel.delegation.DelegationFixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.delegation.rules.TravelRulebook;
import io.waishi.travel.policy.TravelParameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every travel rule at its boundary (RULES.md §1), under the default policy unless a test changes it. */
class TravelRulebookTest {

    private static List<String> codes(DelegationFixtures.Plan plan) {
        return TravelRulebook.check(plan.build(), POLICY).stream().map(RuleViolation::code).toList();
    }

    private static RuleViolation only(DelegationFixtures.Plan plan, String code) {
        return TravelRulebook.check(plan.build(), POLICY).stream().filter(v -> v.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not reported"));
    }

    @Test
    void theFixturePlanBreaksNoRule() {
        assertThat(codes(DelegationFixtures.plan())).isEmpty();
    }

    @Nested
    class Countries {

        @Test
        void threeCountriesAreAllowedFourAreNot() {
            assertThat(codes(DelegationFixtures.plan().countries("JP", "KR", "SG").daysAbroad(10))).isEmpty();
            RuleViolation violation = only(DelegationFixtures.plan().countries("JP", "KR", "SG", "TH").daysAbroad(10),
                    "MAX_COUNTRIES");
            assertThat(violation.parameters()).containsEntry("parameter", "MAX_COUNTRIES_PER_TRIP")
                    .containsEntry("limit", new BigDecimal("3")).containsEntry("actual", 4).containsEntry("source", "S1");
        }

        @Test
        void aTransitWithExitCountsAndAnAirsideTransitDoesNot() {
            DelegationFixtures.Plan plan = DelegationFixtures.plan().countries("JP", "KR", "SG").daysAbroad(10);
            LocalDate day = plan.departure();
            assertThat(codes(plan.leg(new ItineraryLeg("AE", "Dubai", day, day, true, false)))).isEmpty();
            assertThat(codes(DelegationFixtures.plan().countries("JP", "KR", "SG").daysAbroad(10)
                    .leg(new ItineraryLeg("AE", "Dubai", day, day, true, true)))).contains("MAX_COUNTRIES");
        }
    }

    @Nested
    class DaysAbroad {

        @Test
        void fiveDaysInOneCountryAreAllowedSixAreNot() {
            assertThat(codes(DelegationFixtures.plan().daysAbroad(5))).isEmpty();
            RuleViolation violation = only(DelegationFixtures.plan().daysAbroad(6), "MAX_DAYS_ABROAD");
            assertThat(violation.parameters()).containsEntry("parameter", "MAX_DAYS_ONE_COUNTRY")
                    .containsEntry("limit", new BigDecimal("5")).containsEntry("actual", 6L).containsEntry("countries", 1);
            assertThat(violation.field()).isEqualTo("returnDate");
        }

        @Test
        void eightDaysForTwoCountriesTenForThree() {
            assertThat(codes(DelegationFixtures.plan().countries("JP", "KR").daysAbroad(8))).isEmpty();
            assertThat(only(DelegationFixtures.plan().countries("JP", "KR").daysAbroad(9), "MAX_DAYS_ABROAD")
                    .parameters()).containsEntry("parameter", "MAX_DAYS_TWO_COUNTRIES");
            assertThat(codes(DelegationFixtures.plan().countries("JP", "KR", "SG").daysAbroad(10))).isEmpty();
            assertThat(only(DelegationFixtures.plan().countries("JP", "KR", "SG").daysAbroad(11), "MAX_DAYS_ABROAD")
                    .parameters()).containsEntry("parameter", "MAX_DAYS_THREE_COUNTRIES");
        }

        @Test
        void latinAmericaAndAfricaGetOneMoreDay() {
            assertThat(codes(DelegationFixtures.plan().countries("BR").daysAbroad(6))).isEmpty();
            assertThat(codes(DelegationFixtures.plan().countries("KE").daysAbroad(6))).isEmpty();
            RuleViolation violation = only(DelegationFixtures.plan().countries("KE").daysAbroad(7), "MAX_DAYS_ABROAD");
            assertThat(violation.parameters()).containsEntry("extraDaysLatinAmericaAfrica", 1)
                    .containsEntry("limitWithExtra", 6L);
        }

        @Test
        void academicExchangesAreExempt() {
            assertThat(codes(DelegationFixtures.plan().category(DelegationCategory.ACADEMIC_EXCHANGE).daysAbroad(14)))
                    .isEmpty();
        }

        @Test
        void theLimitIsTheOneInForce() {
            assertThat(TravelRulebook.check(DelegationFixtures.plan().daysAbroad(6).build(),
                    POLICY.with(TravelParameter.MAX_DAYS_ONE_COUNTRY, "6"))).isEmpty();
        }
    }

    @Nested
    class Size {

        @Test
        void sixPeopleAreAllowedSevenAreNotUnlessAcademic() {
            assertThat(codes(DelegationFixtures.plan().members(6))).isEmpty();
            assertThat(only(DelegationFixtures.plan().members(7), "MAX_DELEGATION_SIZE").parameters())
                    .containsEntry("limit", new BigDecimal("6")).containsEntry("actual", 7);
            assertThat(codes(DelegationFixtures.plan().members(7).category(DelegationCategory.ACADEMIC_EXCHANGE)))
                    .isEmpty();
        }
    }

    @Nested
    class OfficialBusiness {

        private final LocalDate day = LocalDate.of(2027, 3, 11);

        @Test
        void twoThirdsOfficialIsEnoughLessIsNot() {
            assertThat(codes(DelegationFixtures.plan().schedule(
                    new ScheduleItem(day, "Talks", new BigDecimal("4"), true),
                    new ScheduleItem(day, "Site visit", new BigDecimal("4"), true),
                    new ScheduleItem(day, "Sightseeing", new BigDecimal("4"), false)))).isEmpty();
            RuleViolation violation = only(DelegationFixtures.plan().schedule(
                    new ScheduleItem(day, "Talks", new BigDecimal("6"), true),
                    new ScheduleItem(day, "Sightseeing", new BigDecimal("4"), false)), "OFFICIAL_BUSINESS_SHARE");
            assertThat(violation.parameters()).containsEntry("actual", new BigDecimal("0.6000"))
                    .containsEntry("parameter", "MIN_OFFICIAL_BUSINESS_SHARE");
        }

        @Test
        void aFileWithoutAScheduleIsIncomplete() {
            assertThat(codes(DelegationFixtures.plan().schedule())).containsExactly("SCHEDULE_MISSING");
        }
    }

    @Nested
    class People {

        @Test
        void twoHeadsOfOneUnitDoNotTravelTogether() {
            Member head = new Member("Wu Hua", "U-EDU", "Director", RankLevel.BUREAU, MemberRole.LEADER, true);
            Member otherHead = new Member("Zhou Li", "U-EDU", "Party secretary", RankLevel.BUREAU, MemberRole.MEMBER, true);
            Member headOfAnotherUnit = new Member("He Bin", "U-HEALTH", "Director", RankLevel.BUREAU, MemberRole.MEMBER, true);
            assertThat(codes(DelegationFixtures.plan().member(head).member(headOfAnotherUnit))).isEmpty();
            assertThat(only(DelegationFixtures.plan().member(head).member(otherHead), "UNIT_HEADS_TOGETHER").parameters())
                    .containsEntry("unit", "U-EDU").containsEntry("unitHeads", 2L);
        }
    }

    @Nested
    class InvitationAndBudget {

        @Test
        void theInvitationComesFromACounterpartWithItsTranslation() {
            assertThat(codes(DelegationFixtures.plan().invitation(null))).containsExactly("INVITATION_MISSING");
            assertThat(codes(DelegationFixtures.plan().invitation(new Invitation("Tokyo Travel Partners", null, null,
                    Invitation.InviterKind.INTERMEDIARY_AGENCY, false))))
                    .containsExactlyInAnyOrder("INVITATION_NOT_FROM_COUNTERPART", "INVITATION_TRANSLATION_MISSING");
            assertThat(codes(DelegationFixtures.plan().invitation(new Invitation("Consulate-General of Japan", null, null,
                    Invitation.InviterKind.FOREIGN_MISSION_IN_CHINA, true)))).containsExactly("INVITATION_NOT_FROM_COUNTERPART");
        }

        @Test
        void noTripWithoutASealedFundedBudget() {
            assertThat(codes(DelegationFixtures.plan().budget(null))).containsExactly("BUDGET_MISSING");
            assertThat(codes(DelegationFixtures.plan().budget(new Budget(List.of(), "Unit budget", true))))
                    .containsExactly("BUDGET_MISSING");
            assertThat(codes(DelegationFixtures.plan().budget(new Budget(
                    List.of(new Budget.Item("Air tickets", new BigDecimal("1000"))), " ", false))))
                    .containsExactlyInAnyOrder("BUDGET_FUNDING_SOURCE_MISSING", "BUDGET_FINANCE_SEAL_MISSING");
        }
    }

    @Test
    void severalBrokenRulesAreReportedTogether() {
        assertThat(codes(DelegationFixtures.plan().countries("JP", "KR", "SG", "TH").daysAbroad(12).members(8)
                .invitation(null).budget(null)))
                .containsExactlyInAnyOrder("MAX_COUNTRIES", "MAX_DAYS_ABROAD", "MAX_DELEGATION_SIZE",
                        "INVITATION_MISSING", "BUDGET_MISSING");
    }
}
