package io.waishi.travel.delegation;

import static io.waishi.travel.delegation.DelegationFixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.delegation.rules.TravelRulebook;
import io.waishi.travel.delegation.rules.TripContext;
import io.waishi.travel.policy.TravelParameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every travel rule at its boundary (RULES.md §1), under the default policy unless a test changes it. */
class TravelRulebookTest {

    /**
     * The codes the plan breaks in the fixture context, its annual plan item P1 covering the plan's destinations,
     * so that a test of a rule about the plan itself sees only that rule.
     */
    private static List<String> codes(DelegationFixtures.Plan plan) {
        TripPlan built = plan.build();
        return codes(built, planCovering(built));
    }

    private static List<String> codes(DelegationFixtures.Plan plan, DelegationFixtures.Context context) {
        return codes(plan.build(), context.build());
    }

    private static List<String> codes(TripPlan plan, TripContext context) {
        return TravelRulebook.check(plan, context, POLICY).stream().map(RuleViolation::code).toList();
    }

    private static RuleViolation only(DelegationFixtures.Plan plan, String code) {
        TripPlan built = plan.build();
        return only(built, planCovering(built), code);
    }

    private static RuleViolation only(DelegationFixtures.Plan plan, DelegationFixtures.Context context, String code) {
        return only(plan.build(), context.build(), code);
    }

    /** The violation of {@code code}, which must be the only one the plan breaks in the context. */
    private static RuleViolation only(TripPlan plan, TripContext context, String code) {
        List<RuleViolation> violations = TravelRulebook.check(plan, context, POLICY);
        assertThat(violations).extracting(RuleViolation::code).containsExactly(code);
        return violations.get(0);
    }

    private static TripContext planCovering(TripPlan plan) {
        TripContext fixture = DelegationFixtures.CONTEXT;
        return new TripContext(fixture.unit(), fixture.otherTrips(), Optional.of(new TripContext.PlanStanding(2027,
                Map.of("P1", new TripContext.PlannedTrip("P1", Set.copyOf(plan.destinationCountries()),
                        DelegationCategory.GOVERNMENT_EXCHANGE)))), fixture.mostOverdueDays(), fixture.validPassports(),
                fixture.partner());
    }

    @Test
    void theFixturePlanBreaksNoRuleInTheFixtureContext() {
        assertThat(TravelRulebook.check(DelegationFixtures.planToJapan(), DelegationFixtures.CONTEXT, POLICY)).isEmpty();
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
            assertThat(TravelRulebook.check(DelegationFixtures.plan().daysAbroad(6).build(), DelegationFixtures.CONTEXT,
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
            Member head = new Member("Wu Hua", "U-EDU", "Director", RankLevel.BUREAU, MemberRole.LEADER, true, "EDU-101");
            Member otherHead = new Member("Zhou Li", "U-EDU", "Party secretary", RankLevel.BUREAU, MemberRole.MEMBER, true,
                    "EDU-102");
            Member headOfAnotherUnit = new Member("He Bin", "U-HEALTH", "Director", RankLevel.BUREAU, MemberRole.MEMBER,
                    true, "HEA-101");
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

    @Nested
    class UnitStanding {

        private final LocalDate june = LocalDate.of(2027, 6, 1);

        @Test
        void anUnregisteredUnitSendsNoDelegation() {
            assertThat(codes(DelegationFixtures.plan(), DelegationFixtures.context().unregistered()))
                    .containsExactly("UNIT_NOT_REGISTERED");
        }

        @Test
        void withTheDefaultQuotaOfTwoOneOtherTripThatYearIsAllowedTwoAreNot() {
            assertThat(codes(DelegationFixtures.plan(), DelegationFixtures.context()
                    .otherTrip("D-FR", "FR", june, DelegationCategory.GOVERNMENT_EXCHANGE, null))).isEmpty();
            RuleViolation violation = only(DelegationFixtures.plan(), DelegationFixtures.context()
                    .otherTrip("D-FR", "FR", june, DelegationCategory.GOVERNMENT_EXCHANGE, null)
                    .otherTrip("D-DE", "DE", june.plusMonths(3), DelegationCategory.ECONOMIC_AND_TRADE, null), "UNIT_QUOTA");
            assertThat(violation.field()).isNull();
            assertThat(violation.parameters()).containsEntry("parameter", "DEFAULT_UNIT_ANNUAL_QUOTA")
                    .containsEntry("limit", 2).containsEntry("actual", 3L).containsEntry("year", 2027)
                    .containsEntry("source", TravelParameter.DEFAULT_UNIT_ANNUAL_QUOTA.source());
        }

        @Test
        void aRaisedQuotaAllowsMoreAndIsNamedWhenExceeded() {
            DelegationFixtures.Context raised = DelegationFixtures.context().quota(3, "RAISED")
                    .otherTrip("D-FR", "FR", june, DelegationCategory.GOVERNMENT_EXCHANGE, null)
                    .otherTrip("D-DE", "DE", june.plusMonths(1), DelegationCategory.GOVERNMENT_EXCHANGE, null);
            assertThat(codes(DelegationFixtures.plan(), raised)).isEmpty();
            RuleViolation violation = only(DelegationFixtures.plan(),
                    raised.otherTrip("D-IT", "IT", june.plusMonths(2), DelegationCategory.GOVERNMENT_EXCHANGE, null),
                    "UNIT_QUOTA");
            assertThat(violation.parameters()).containsEntry("parameter", "RAISED").containsEntry("limit", 3)
                    .containsEntry("actual", 4L);
        }

        @Test
        void anAcademicExchangeNeitherUsesNorIsStoppedByTheQuota() {
            DelegationFixtures.Context full = DelegationFixtures.context()
                    .otherTrip("D-FR", "FR", june, DelegationCategory.GOVERNMENT_EXCHANGE, null)
                    .otherTrip("D-DE", "DE", june.plusMonths(1), DelegationCategory.GOVERNMENT_EXCHANGE, null);
            assertThat(codes(DelegationFixtures.plan().category(DelegationCategory.ACADEMIC_EXCHANGE), full)).isEmpty();
            assertThat(codes(DelegationFixtures.plan(), DelegationFixtures.context()
                    .otherTrip("D-FR", "FR", june, DelegationCategory.GOVERNMENT_EXCHANGE, null)
                    .otherTrip("D-UNI", "DE", june.plusMonths(1), DelegationCategory.ACADEMIC_EXCHANGE, null))).isEmpty();
        }

        @Test
        void tripsInOtherYearsDoNotCount() {
            assertThat(codes(DelegationFixtures.plan(), DelegationFixtures.context()
                    .otherTrip("D-LAST", "FR", LocalDate.of(2026, 12, 31), DelegationCategory.GOVERNMENT_EXCHANGE, null)
                    .otherTrip("D-NEXT", "DE", LocalDate.of(2028, 1, 1), DelegationCategory.GOVERNMENT_EXCHANGE, null)
                    .otherTrip("D-THIS", "IT", LocalDate.of(2027, 1, 1), DelegationCategory.GOVERNMENT_EXCHANGE, null)))
                    .isEmpty();
        }
    }

    /** The fixture trip leaves for Japan on 10 March 2027. */
    @Nested
    class SameCountryInterval {

        private DelegationFixtures.Context otherTripToJapan(LocalDate departure) {
            return DelegationFixtures.context()
                    .otherTrip("D-OTHER", "JP", departure, DelegationCategory.GOVERNMENT_EXCHANGE, null);
        }

        @Test
        void anEarlierTripExactlySixMonthsBeforeIsAllowedOneDayLessIsNot() {
            assertThat(codes(DelegationFixtures.plan(), otherTripToJapan(LocalDate.of(2026, 9, 10)))).isEmpty();
            RuleViolation violation = only(DelegationFixtures.plan(), otherTripToJapan(LocalDate.of(2026, 9, 11)),
                    "SAME_COUNTRY_INTERVAL");
            assertThat(violation.field()).isEqualTo("departureDate");
            assertThat(violation.parameters()).containsEntry("parameter", "SAME_COUNTRY_INTERVAL_MONTHS")
                    .containsEntry("limit", new BigDecimal("6")).containsEntry("actual", 5L)
                    .containsEntry("country", "JP").containsEntry("otherDelegationId", "D-OTHER")
                    .containsEntry("otherDepartureDate", "2026-09-11").containsEntry("source", "S3");
        }

        @Test
        void aLaterTripExactlySixMonthsAfterIsAllowedOneDayLessIsNot() {
            assertThat(codes(DelegationFixtures.plan(), otherTripToJapan(LocalDate.of(2027, 9, 10)))).isEmpty();
            assertThat(only(DelegationFixtures.plan(), otherTripToJapan(LocalDate.of(2027, 9, 9)), "SAME_COUNTRY_INTERVAL")
                    .parameters()).containsEntry("otherDepartureDate", "2027-09-09").containsEntry("actual", 5L);
        }

        @Test
        void aTripToAnotherCountryIsNotConcerned() {
            assertThat(codes(DelegationFixtures.plan(), DelegationFixtures.context()
                    .otherTrip("D-KR", "KR", LocalDate.of(2027, 3, 10), DelegationCategory.GOVERNMENT_EXCHANGE, null)))
                    .isEmpty();
        }

        @Test
        void aTransitWhereTheDelegationLeavesTheAirportCountsAsAVisit() {
            LocalDate day = LocalDate.of(2027, 3, 10);
            DelegationFixtures.Context otherTripToKorea = DelegationFixtures.context()
                    .otherTrip("D-KR", "KR", LocalDate.of(2027, 4, 1), DelegationCategory.GOVERNMENT_EXCHANGE, null);
            assertThat(codes(DelegationFixtures.plan().leg(new ItineraryLeg("KR", "Seoul", day, day, true, false)),
                    otherTripToKorea)).isEmpty();
            assertThat(only(DelegationFixtures.plan().leg(new ItineraryLeg("KR", "Seoul", day, day, true, true)),
                    otherTripToKorea, "SAME_COUNTRY_INTERVAL").parameters()).containsEntry("country", "KR");
        }

        @Test
        void theIntervalIsTheOneInForce() {
            TripContext context = otherTripToJapan(LocalDate.of(2026, 12, 10)).build();
            assertThat(TravelRulebook.check(DelegationFixtures.planToJapan(), context, POLICY))
                    .extracting(RuleViolation::code).containsExactly("SAME_COUNTRY_INTERVAL");
            assertThat(TravelRulebook.check(DelegationFixtures.planToJapan(), context,
                    POLICY.with(TravelParameter.SAME_COUNTRY_INTERVAL_MONTHS, "3"))).isEmpty();
        }
    }

    /** The fixture unit's plan for 2027: item P1 to Japan, item P2 to Korea. */
    @Nested
    class AnnualPlan {

        @Test
        void aUnitWithoutAnApprovedPlanSendsNoDelegation() {
            assertThat(only(DelegationFixtures.plan(), DelegationFixtures.context().noPlan(), "PLAN_MISSING").parameters())
                    .containsEntry("year", 2027).containsEntry("source", "S2");
        }

        @Test
        void everyTripNamesTheItemOfThePlanItCarriesOut() {
            RuleViolation violation = only(DelegationFixtures.plan().planItem(null, false), DelegationFixtures.context(),
                    "PLAN_ITEM_REQUIRED");
            assertThat(violation.field()).isEqualTo("planItemId");
        }

        @Test
        void anItemNotInThePlanIsRefused() {
            assertThat(only(DelegationFixtures.plan().planItem("P9", false), DelegationFixtures.context(),
                    "PLAN_ITEM_UNKNOWN").parameters()).containsEntry("planItemId", "P9").containsEntry("year", 2027);
        }

        @Test
        void anItemServesOneLiveFile() {
            RuleViolation violation = only(DelegationFixtures.plan(), DelegationFixtures.context()
                    .otherTrip("D-EARLIER", "JP", LocalDate.of(2027, 10, 1), DelegationCategory.GOVERNMENT_EXCHANGE, "P1"),
                    "PLAN_ITEM_TAKEN");
            assertThat(violation.parameters()).containsEntry("planItemId", "P1")
                    .containsEntry("otherDelegationId", "D-EARLIER");
            assertThat(codes(DelegationFixtures.plan(), DelegationFixtures.context()
                    .otherTrip("D-KR", "KR", LocalDate.of(2027, 10, 1), DelegationCategory.GOVERNMENT_EXCHANGE, "P2")))
                    .isEmpty();
        }

        @Test
        void theTripGoesWhereThePlanItemSaid() {
            assertThat(only(DelegationFixtures.plan().countries("KR"), DelegationFixtures.context(), "PLAN_ITEM_MISMATCH")
                    .parameters()).containsEntry("planItemId", "P1").containsEntry("plannedCountries", "JP")
                    .containsEntry("destinationCountries", "KR");
            assertThat(only(DelegationFixtures.plan().countries("JP", "KR"), DelegationFixtures.context(),
                    "PLAN_ITEM_MISMATCH").parameters()).containsEntry("destinationCountries", "JP,KR");
            assertThat(codes(DelegationFixtures.plan().countries("KR").planItem("P2", false), DelegationFixtures.context()))
                    .isEmpty();
        }

        @Test
        void theSameItemIdOfLastYearsPlanIsAnotherItem() {
            assertThat(codes(DelegationFixtures.plan(), DelegationFixtures.context()
                    .otherTrip("D-LAST-YEAR", "KR", LocalDate.of(2026, 10, 1), DelegationCategory.GOVERNMENT_EXCHANGE,
                            "P1")))
                    .isEmpty();
        }

        @Test
        void anUnplannedTripMayTakeThePlaceOfAPlannedOne() {
            assertThat(codes(DelegationFixtures.plan().countries("FR").planItem("P1", true), DelegationFixtures.context()))
                    .isEmpty();
        }

        @Test
        void aReplacementStillNeedsAnItemNoOtherFileCarriesOut() {
            assertThat(codes(DelegationFixtures.plan().countries("FR").planItem("P1", true), DelegationFixtures.context()
                    .otherTrip("D-EARLIER", "JP", LocalDate.of(2027, 10, 1), DelegationCategory.GOVERNMENT_EXCHANGE, "P1")))
                    .containsExactly("PLAN_ITEM_TAKEN");
        }
    }

    @Nested
    class PassportStanding {

        @Test
        void aPassportThirtyDaysOverdueDoesNotBlockTheUnitThirtyOneDaysDo() {
            assertThat(codes(DelegationFixtures.plan(), DelegationFixtures.context().mostOverdueDays(30))).isEmpty();
            RuleViolation violation = only(DelegationFixtures.plan(), DelegationFixtures.context().mostOverdueDays(31),
                    "UNIT_BLOCKED_BY_OVERDUE_PASSPORT");
            assertThat(violation.parameters()).containsEntry("parameter", "PASSPORT_OVERDUE_BLOCK_DAYS")
                    .containsEntry("limit", new BigDecimal("30")).containsEntry("actual", 31L)
                    .containsEntry("source", "S7");
        }

        @Test
        void everyMemberIsIdentifiedForTheirPassport() {
            RuleViolation violation = only(DelegationFixtures.plan().member(new Member("Zhang Wei", "Driver")),
                    DelegationFixtures.context(), "MEMBER_NOT_IDENTIFIED");
            assertThat(violation.field()).isEqualTo("members[2].personId");
            assertThat(violation.parameters()).containsEntry("member", 3);
        }

        @Test
        void nobodyHoldsTwoValidOfficialPassports() {
            RuleViolation violation = only(DelegationFixtures.plan(),
                    DelegationFixtures.context().validPassports("EDU-002", 2), "ONE_PASSPORT_PER_PERSON");
            assertThat(violation.field()).isEqualTo("members[1].personId");
            assertThat(violation.parameters()).containsEntry("member", 2).containsEntry("validPassports", 2L)
                    .containsEntry("source", "S35");
            assertThat(codes(DelegationFixtures.plan(), DelegationFixtures.context().validPassports("EDU-002", 0)))
                    .as("a passport still to be issued").isEmpty();
        }
    }

    /** S13: a delegation going mainly to sign an agreement goes after CPAFFC approved the relationship. */
    @Nested
    class AgreementNeedsCpaffcApproval {

        private static final String PARTNER = DelegationFixtures.PARTNER_CITY;

        @Test
        void aRelationshipTheProvinceReviewedIsNotEnoughOneCpaffcApprovedIs() {
            RuleViolation violation = only(DelegationFixtures.plan().signsAgreementWith(PARTNER),
                    DelegationFixtures.context().partnerAt(PARTNER, "PROVINCE_REVIEWED"),
                    "AGREEMENT_NEEDS_CPAFFC_APPROVAL");
            assertThat(violation.field()).isEqualTo("partnerCityId");
            assertThat(violation.parameters()).containsEntry("partnerCityId", PARTNER)
                    .containsEntry("stage", "PROVINCE_REVIEWED").containsEntry("kind", "SISTER_CITY")
                    .containsEntry("source", "S13");
            assertThat(codes(DelegationFixtures.plan().signsAgreementWith(PARTNER),
                    DelegationFixtures.context().partnerAt(PARTNER, "CPAFFC_APPROVED"))).isEmpty();
        }

        @Test
        void theStagesAfterTheApprovalStandButATerminatedRelationshipDoesNot() {
            for (String stage : List.of("AGREEMENT_SIGNED", "ACTIVE", "DORMANT")) {
                assertThat(codes(DelegationFixtures.plan().signsAgreementWith(PARTNER),
                        DelegationFixtures.context().partnerAt(PARTNER, stage))).as(stage).isEmpty();
            }
            assertThat(only(DelegationFixtures.plan().signsAgreementWith(PARTNER),
                    DelegationFixtures.context().partnerAt(PARTNER, "TERMINATED"), "AGREEMENT_NEEDS_CPAFFC_APPROVAL")
                    .parameters()).containsEntry("stage", "TERMINATED");
        }

        @Test
        void aPartnerWithNoKnownRelationshipIsRefusedWithStageNone() {
            assertThat(only(DelegationFixtures.plan().signsAgreementWith(PARTNER),
                    DelegationFixtures.context().noRelationshipWith(PARTNER), "AGREEMENT_NEEDS_CPAFFC_APPROVAL")
                    .parameters()).containsEntry("partnerCityId", PARTNER).containsEntry("stage", "none")
                    .doesNotContainKey("relationshipId");
            assertThat(only(DelegationFixtures.plan().signsAgreementWith(PARTNER), DelegationFixtures.context(),
                    "AGREEMENT_NEEDS_CPAFFC_APPROVAL").parameters())
                    .as("no standing gathered at all").containsEntry("stage", "none");
        }

        @Test
        void anAgreementTripMustNameItsPartner() {
            RuleViolation violation = only(DelegationFixtures.plan().signsAgreementWith(null),
                    DelegationFixtures.context(), "AGREEMENT_NEEDS_CPAFFC_APPROVAL");
            assertThat(violation.field()).isEqualTo("partnerCityId");
            assertThat(violation.parameters()).doesNotContainKey("partnerCityId").containsEntry("source", "S13");
        }

        @Test
        void aTripNotSigningAnAgreementIsNeverConcerned() {
            for (String stage : List.of("INTENT_SIGNED", "PROVINCE_REVIEWED", "TERMINATED")) {
                assertThat(codes(DelegationFixtures.plan(), DelegationFixtures.context().partnerAt(PARTNER, stage)))
                        .as(stage).isEmpty();
            }
            assertThat(codes(DelegationFixtures.plan(), DelegationFixtures.context().noRelationshipWith(PARTNER)))
                    .isEmpty();
        }

        @Test
        void theDirectorsApprovalChecksItAgain() {
            TripPlan plan = DelegationFixtures.plan().signsAgreementWith(PARTNER).build();
            assertThat(TravelRulebook.checkAtDecision(plan,
                    DelegationFixtures.context().partnerAt(PARTNER, "TERMINATED").build(), POLICY))
                    .extracting(RuleViolation::code).containsExactly("AGREEMENT_NEEDS_CPAFFC_APPROVAL");
            assertThat(TravelRulebook.checkAtDecision(plan,
                    DelegationFixtures.context().partnerAt(PARTNER, "ACTIVE").build(), POLICY)).isEmpty();
        }
    }

    @Test
    void theContextRulesAreReportedTogetherWithThePlanRules() {
        assertThat(codes(DelegationFixtures.plan().members(7).planItem("P9", false), DelegationFixtures.context()
                .mostOverdueDays(45)
                .otherTrip("D-OLD", "JP", LocalDate.of(2027, 1, 10), DelegationCategory.GOVERNMENT_EXCHANGE, null)
                .otherTrip("D-DE", "DE", LocalDate.of(2027, 5, 1), DelegationCategory.GOVERNMENT_EXCHANGE, null)))
                .containsExactlyInAnyOrder("MAX_DELEGATION_SIZE", "UNIT_QUOTA", "SAME_COUNTRY_INTERVAL",
                        "PLAN_ITEM_UNKNOWN", "UNIT_BLOCKED_BY_OVERDUE_PASSPORT");
        assertThat(codes(DelegationFixtures.plan().members(7).signsAgreementWith(DelegationFixtures.PARTNER_CITY),
                DelegationFixtures.context().partnerAt(DelegationFixtures.PARTNER_CITY, "PROVINCE_REVIEWED")))
                .containsExactlyInAnyOrder("MAX_DELEGATION_SIZE", "AGREEMENT_NEEDS_CPAFFC_APPROVAL");
    }

    @Test
    void severalBrokenRulesAreReportedTogether() {
        assertThat(codes(DelegationFixtures.plan().countries("JP", "KR", "SG", "TH").daysAbroad(12).members(8)
                .invitation(null).budget(null)))
                .containsExactlyInAnyOrder("MAX_COUNTRIES", "MAX_DAYS_ABROAD", "MAX_DELEGATION_SIZE",
                        "INVITATION_MISSING", "BUDGET_MISSING");
    }
}
