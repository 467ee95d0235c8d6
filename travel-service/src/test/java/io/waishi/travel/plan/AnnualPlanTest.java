package io.waishi.travel.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.travel.delegation.DelegationCategory;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelParameter;
import io.waishi.travel.unit.Unit;
import io.waishi.travel.unit.UnitKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnualPlanTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    /** DEFAULT_UNIT_ANNUAL_QUOTA = 2. */
    static final PolicySnapshot POLICY = PolicySnapshot.defaults(LocalDate.of(2027, 1, 1));
    static final Actor CLERK = Actor.of("li.clerk", "U-EDU", Role.UNIT_CLERK);
    static final Actor SIGNATORY = Actor.of("wang.sign", "U-EDU", Role.UNIT_SIGNATORY);
    static final Actor OTHER_UNIT_CLERK = Actor.of("zhang.clerk", "U-HEALTH", Role.UNIT_CLERK);
    static final Actor OTHER_UNIT_SIGNATORY = Actor.of("zhou.sign", "U-HEALTH", Role.UNIT_SIGNATORY);
    static final Actor OFFICER = Actor.of("sun.officer", null, Role.FAO_OFFICER);
    static final Actor DIRECTOR = Actor.of("zhao.director", null, Role.FAO_DIRECTOR);
    static final Actor ADMIN = Actor.of("ada", null, Role.ADMIN);

    static PlannedTrip trip(String country) {
        return new PlannedTrip(LocalizedText.of("赴" + country + "教育交流", "Education exchange"), List.of(country),
                DelegationCategory.GOVERNMENT_EXCHANGE, 2, 4, null);
    }

    static AnnualPlan draftWith(int trips) {
        AnnualPlan plan = AnnualPlan.draft(CLERK, 2027, NOW);
        for (int i = 0; i < trips; i++) {
            plan.addItem(CLERK, trip(i % 2 == 0 ? "JP" : "KR"), NOW);
        }
        return plan;
    }

    static AnnualPlan submittedWith(int trips) {
        AnnualPlan plan = draftWith(trips);
        plan.submit(CLERK, NOW);
        return plan;
    }

    /** The Education Bureau, registered, doing foreign-affairs work so that a raise is possible. */
    static Unit educationBureau() {
        return Unit.register("U-EDU", ADMIN, LocalizedText.of("市教育局", "Education Bureau"),
                UnitKind.GOVERNMENT_BUREAU, true, NOW);
    }

    static List<ItemRevision> revisionsOf(AnnualPlan plan) {
        return new ArrayList<>(plan.items().stream().map(item -> new ItemRevision(item.itemId(), item.trip())).toList());
    }

    @Nested
    class Draft {

        @Test
        void aClerkDraftsTheirOwnUnitsPlanForAYear() {
            AnnualPlan plan = AnnualPlan.draft(CLERK, 2027, NOW);
            assertThat(plan.id()).isEqualTo("U-EDU:2027");
            assertThat(plan.unit()).isEqualTo("U-EDU");
            assertThat(plan.year()).isEqualTo(2027);
            assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(plan.items()).isEmpty();
            assertThat(plan.createdBy()).isEqualTo("li.clerk");
            assertThat(plan.history()).containsExactly(
                    new PlanChange(PlanAct.DRAFT, null, PlanStatus.DRAFT, "li.clerk", NOW, null));
            assertThat(plan.recordedEvents()).isEmpty();
        }

        @Test
        void onlyAClerkWithAUnitDrafts() {
            assertThatThrownBy(() -> AnnualPlan.draft(OFFICER, 2027, NOW)).isInstanceOf(ActNotPermittedException.class);
            assertThatThrownBy(() -> AnnualPlan.draft(SIGNATORY, 2027, NOW)).isInstanceOf(ActNotPermittedException.class);
            assertThatThrownBy(() -> AnnualPlan.draft(Actor.of("li.clerk", null, Role.UNIT_CLERK), 2027, NOW))
                    .isInstanceOf(ActNotPermittedException.class).hasMessageContaining("unit");
        }

        @Test
        void refusesAYearOutOfRange() {
            assertThatThrownBy(() -> AnnualPlan.draft(CLERK, 1999, NOW)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> AnnualPlan.draft(CLERK, 2101, NOW)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Items {

        @Test
        void theItemsAreNumberedInOrder() {
            AnnualPlan plan = draftWith(3);
            assertThat(plan.items()).extracting(PlanItem::itemId).containsExactly("P1", "P2", "P3");
            assertThat(plan.item("P2")).map(PlanItem::countries).contains(List.of("KR"));
            assertThat(plan.item("P4")).isEmpty();
        }

        @Test
        void anItemIdIsNeverGivenOutTwice() {
            AnnualPlan plan = draftWith(3);
            plan.removeItem(CLERK, "P3", NOW);
            plan.removeItem(CLERK, "P2", NOW);
            PlanItem added = plan.addItem(CLERK, trip("DE"), NOW);
            assertThat(added.itemId()).isEqualTo("P4");
            assertThat(plan.items()).extracting(PlanItem::itemId).containsExactly("P1", "P4");
            assertThat(plan.item("P3")).isEmpty();
        }

        @Test
        void aChangedItemKeepsItsId() {
            AnnualPlan plan = draftWith(2);
            PlanItem changed = plan.changeItem(CLERK, "P1", trip("FR"), NOW);
            assertThat(changed.itemId()).isEqualTo("P1");
            assertThat(plan.item("P1")).map(PlanItem::countries).contains(List.of("FR"));
            assertThat(plan.history()).last().isEqualTo(
                    new PlanChange(PlanAct.CHANGE_ITEM, PlanStatus.DRAFT, PlanStatus.DRAFT, "li.clerk", NOW, "P1"));
        }

        @Test
        void aRevisionChangesNamedItemsAddsNewOnesAndRemovesTheRest() {
            AnnualPlan plan = draftWith(3);
            plan.reviseItems(CLERK, List.of(
                    new ItemRevision("P3", trip("KR")),
                    new ItemRevision(null, trip("SG")),
                    new ItemRevision("P1", plan.item("P1").orElseThrow().trip())), NOW);
            assertThat(plan.items()).extracting(PlanItem::itemId).containsExactly("P3", "P4", "P1");
            assertThat(plan.item("P3")).map(PlanItem::countries).contains(List.of("KR"));
            assertThat(plan.history()).extracting(PlanChange::act, PlanChange::note).endsWith(
                    Tuple.tuple(PlanAct.REMOVE_ITEM, "P2"),
                    Tuple.tuple(PlanAct.CHANGE_ITEM, "P3"),
                    Tuple.tuple(PlanAct.ADD_ITEM, "P4"));
            plan.reviseItems(CLERK, List.of(new ItemRevision(null, trip("JP"))), NOW);
            assertThat(plan.items()).extracting(PlanItem::itemId).containsExactly("P5");
        }

        @Test
        void aRevisionNamingAnUnknownOrRemovedItemChangesNothing() {
            AnnualPlan plan = draftWith(2);
            plan.removeItem(CLERK, "P2", NOW);
            List<PlanItem> before = plan.items();
            assertThatThrownBy(() -> plan.reviseItems(CLERK, List.of(new ItemRevision(null, trip("SG")),
                    new ItemRevision("P2", trip("KR"))), NOW))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P2");
            assertThatThrownBy(() -> plan.reviseItems(CLERK, List.of(new ItemRevision("P1", trip("SG")),
                    new ItemRevision("P1", trip("KR"))), NOW))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
            assertThat(plan.items()).isEqualTo(before);
            assertThat(plan.addItem(CLERK, trip("SG"), NOW).itemId()).isEqualTo("P3");
        }

        @Test
        void refusesATripThatCannotBe() {
            assertThatThrownBy(() -> new PlannedTrip(LocalizedText.of("出访", null), List.of("JP"),
                    DelegationCategory.BUSINESS, 5, 2, null)).hasMessageContaining("quarter");
            assertThatThrownBy(() -> new PlannedTrip(LocalizedText.of("出访", null), List.of("JP"),
                    DelegationCategory.BUSINESS, 0, 2, null)).hasMessageContaining("quarter");
            assertThatThrownBy(() -> new PlannedTrip(LocalizedText.of("出访", null), List.of("JP"),
                    DelegationCategory.BUSINESS, 4, 0, null)).hasMessageContaining("person");
            assertThatThrownBy(() -> new PlannedTrip(LocalizedText.of("出访", null), List.of(),
                    DelegationCategory.BUSINESS, 1, 1, null)).hasMessageContaining("country");
            assertThatThrownBy(() -> new PlannedTrip(LocalizedText.of("出访", null), List.of("XX"),
                    DelegationCategory.BUSINESS, 1, 1, null)).hasMessageContaining("XX");
            assertThat(new PlannedTrip(LocalizedText.of("出访", null), List.of("JP", "JP", "KR"),
                    DelegationCategory.BUSINESS, 1, 1, " ").countries()).containsExactly("JP", "KR");
        }

        @Test
        void onlyTheUnitsClerkEditsItems() {
            AnnualPlan plan = draftWith(1);
            assertThatThrownBy(() -> plan.addItem(OTHER_UNIT_CLERK, trip("KR"), NOW))
                    .isInstanceOf(ActNotPermittedException.class).hasMessageContaining("another unit");
            assertThatThrownBy(() -> plan.changeItem(SIGNATORY, "P1", trip("KR"), NOW))
                    .isInstanceOf(ActNotPermittedException.class);
            assertThatThrownBy(() -> plan.removeItem(OFFICER, "P1", NOW)).isInstanceOf(ActNotPermittedException.class);
            assertThatThrownBy(() -> plan.reviseItems(OTHER_UNIT_CLERK, List.of(), NOW))
                    .isInstanceOf(ActNotPermittedException.class);
            assertThat(plan.items()).extracting(PlanItem::itemId).containsExactly("P1");
        }
    }

    @Nested
    class Submit {

        @Test
        void theClerkOrTheSignatorySubmits() {
            AnnualPlan byClerk = draftWith(1);
            byClerk.submit(CLERK, NOW);
            assertThat(byClerk.status()).isEqualTo(PlanStatus.SUBMITTED);
            AnnualPlan bySignatory = draftWith(1);
            bySignatory.submit(SIGNATORY, NOW);
            assertThat(bySignatory.history()).last().isEqualTo(
                    new PlanChange(PlanAct.SUBMIT, PlanStatus.DRAFT, PlanStatus.SUBMITTED, "wang.sign", NOW, null));
        }

        @Test
        void anotherUnitsStaffCannotSubmit() {
            AnnualPlan plan = draftWith(1);
            assertThatThrownBy(() -> plan.submit(OTHER_UNIT_SIGNATORY, NOW))
                    .isInstanceOf(ActNotPermittedException.class).hasMessageContaining("another unit");
            assertThatThrownBy(() -> plan.submit(OFFICER, NOW)).isInstanceOf(ActNotPermittedException.class);
            assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        }

        @Test
        void aSubmittedPlanIsNoLongerEdited() {
            AnnualPlan plan = submittedWith(2);
            assertThatThrownBy(() -> plan.addItem(CLERK, trip("KR"), NOW)).isInstanceOf(ActNotAllowedInStateException.class);
            assertThatThrownBy(() -> plan.changeItem(CLERK, "P1", trip("KR"), NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class);
            assertThatThrownBy(() -> plan.removeItem(CLERK, "P1", NOW)).isInstanceOf(ActNotAllowedInStateException.class);
            assertThatThrownBy(() -> plan.reviseItems(CLERK, List.of(), NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class);
            assertThat(plan.items()).hasSize(2);
        }
    }

    @Nested
    class Approve {

        @Test
        void aPlanAtTheQuotaIsApproved() {
            AnnualPlan plan = submittedWith(2);
            plan.approve(OFFICER, Optional.of(educationBureau()), POLICY, NOW);
            assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
            assertThat(plan.history()).last().isEqualTo(
                    new PlanChange(PlanAct.APPROVE, PlanStatus.SUBMITTED, PlanStatus.APPROVED, "sun.officer", NOW, null));
        }

        @Test
        void academicExchangesDoNotCountAgainstTheQuota() {
            AnnualPlan plan = draftWith(2);
            for (String country : List.of("GB", "DE", "SG")) {
                plan.addItem(CLERK, new PlannedTrip(LocalizedText.of("学术交流", "Academic exchange"), List.of(country),
                        DelegationCategory.ACADEMIC_EXCHANGE, 3, 2, null), NOW);
            }
            plan.submit(CLERK, NOW);
            assertThat(plan.tripsCountingAgainstQuota()).isEqualTo(2);
            plan.approve(OFFICER, Optional.of(educationBureau()), POLICY, NOW);
            assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        }

        @Test
        void aPlanOneTripOverTheDefaultQuotaIsRefusedNamingTheParameter() {
            AnnualPlan plan = submittedWith(3);
            assertThatThrownBy(() -> plan.approve(OFFICER, Optional.of(educationBureau()), POLICY, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                            .singleElement().satisfies(violation -> {
                                assertThat(violation.code()).isEqualTo("PLAN_OVER_QUOTA");
                                assertThat(violation.parameters())
                                        .containsEntry("parameter", "DEFAULT_UNIT_ANNUAL_QUOTA")
                                        .containsEntry("quotaSource", "DEFAULT_UNIT_ANNUAL_QUOTA")
                                        .containsEntry("source", TravelParameter.DEFAULT_UNIT_ANNUAL_QUOTA.source())
                                        .containsEntry("limit", 2)
                                        .containsEntry("actual", 3)
                                        .containsEntry("unit", "U-EDU")
                                        .containsEntry("year", 2027);
                            }));
            assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
        }

        @Test
        void theQuotaRaisedForThePlansYearCounts() {
            Unit unit = educationBureau();
            unit.raiseQuota(DIRECTOR, 2026, 5, "Trade fairs in 2026 only", POLICY, NOW);
            AnnualPlan plan = submittedWith(3);
            assertThatThrownBy(() -> plan.approve(OFFICER, Optional.of(unit), POLICY, NOW))
                    .isInstanceOf(RuleViolationException.class);
            unit.raiseQuota(DIRECTOR, 2027, 3, "Three trade fairs abroad in 2027", POLICY, NOW);
            plan.approve(OFFICER, Optional.of(unit), POLICY, NOW);
            assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        }

        @Test
        void aPlanOverARaisedQuotaNamesTheRaise() {
            Unit unit = educationBureau();
            unit.raiseQuota(DIRECTOR, 2027, 3, "Three trade fairs abroad in 2027", POLICY, NOW);
            AnnualPlan plan = submittedWith(4);
            assertThatThrownBy(() -> plan.approve(OFFICER, Optional.of(unit), POLICY, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                            .singleElement().satisfies(violation -> assertThat(violation.parameters())
                                    .containsEntry("quotaSource", "RAISED")
                                    .containsEntry("raisedBy", "zhao.director")
                                    .containsEntry("limit", 3)
                                    .containsEntry("actual", 4)
                                    .doesNotContainKey("parameter")));
        }

        @Test
        void theDefaultInForceForTheYearCounts() {
            AnnualPlan plan = submittedWith(3);
            plan.approve(OFFICER, Optional.of(educationBureau()),
                    POLICY.with(TravelParameter.DEFAULT_UNIT_ANNUAL_QUOTA, "3"), NOW);
            assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        }

        @Test
        void aPlanOfAnUnregisteredUnitIsRefused() {
            AnnualPlan plan = submittedWith(1);
            assertThatThrownBy(() -> plan.approve(OFFICER, Optional.empty(), POLICY, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                            .singleElement().satisfies(violation -> {
                                assertThat(violation.code()).isEqualTo("UNIT_NOT_REGISTERED");
                                assertThat(violation.parameters()).containsEntry("unit", "U-EDU");
                            }));
            assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
        }

        @Test
        void anotherUnitsQuotaCannotJudgeThePlan() {
            AnnualPlan plan = submittedWith(1);
            Unit health = Unit.register("U-HEALTH", ADMIN, LocalizedText.of("市卫健委", null), UnitKind.OTHER, false, NOW);
            assertThatThrownBy(() -> plan.approve(OFFICER, Optional.of(health), POLICY, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void onlyAnOfficerApprovesAndNotTheirOwnPlan() {
            AnnualPlan plan = submittedWith(1);
            assertThatThrownBy(() -> plan.approve(DIRECTOR, Optional.of(educationBureau()), POLICY, NOW))
                    .isInstanceOf(ActNotPermittedException.class);
            assertThatThrownBy(() -> plan.approve(CLERK, Optional.of(educationBureau()), POLICY, NOW))
                    .isInstanceOf(ActNotPermittedException.class);
            Actor clerkAndOfficer = Actor.of("li.clerk", "U-EDU", Role.UNIT_CLERK, Role.FAO_OFFICER);
            assertThatThrownBy(() -> plan.approve(clerkAndOfficer, Optional.of(educationBureau()), POLICY, NOW))
                    .isInstanceOf(ActNotPermittedException.class).hasMessageContaining("drafted");
            assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
        }

        @Test
        void aDraftIsNotApproved() {
            AnnualPlan plan = draftWith(1);
            assertThatThrownBy(() -> plan.approve(OFFICER, Optional.of(educationBureau()), POLICY, NOW))
                    .isInstanceOfSatisfying(ActNotAllowedInStateException.class,
                            refused -> assertThat(refused.state()).isEqualTo("DRAFT"));
        }

        @Test
        void anApprovedPlanNeverChanges() {
            AnnualPlan plan = submittedWith(2);
            plan.approve(OFFICER, Optional.of(educationBureau()), POLICY, NOW);
            assertThatThrownBy(() -> plan.addItem(CLERK, trip("KR"), NOW)).isInstanceOf(ActNotAllowedInStateException.class);
            assertThatThrownBy(() -> plan.reviseItems(CLERK, revisionsOf(plan), NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class);
            assertThatThrownBy(() -> plan.returnForCorrection(OFFICER, "Please add the Korea trip", NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class);
            assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        }
    }

    @Nested
    class Return {

        @Test
        void anOfficerReturnsThePlanAsADraftWithAComment() {
            AnnualPlan plan = submittedWith(3);
            plan.returnForCorrection(OFFICER, "  Three trips exceed the quota of two  ", NOW);
            assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(plan.returnComment()).contains("Three trips exceed the quota of two");
            assertThat(plan.history()).last().isEqualTo(new PlanChange(PlanAct.RETURN, PlanStatus.SUBMITTED,
                    PlanStatus.DRAFT, "sun.officer", NOW, "Three trips exceed the quota of two"));

            plan.removeItem(CLERK, "P3", NOW);
            assertThat(plan.returnComment()).isPresent();
            plan.submit(CLERK, NOW);
            assertThat(plan.returnComment()).isEmpty();
            plan.approve(OFFICER, Optional.of(educationBureau()), POLICY, NOW);
            assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        }

        @Test
        void aReturnNeedsAComment() {
            AnnualPlan plan = submittedWith(1);
            assertThatThrownBy(() -> plan.returnForCorrection(OFFICER, " ", NOW))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
        }

        @Test
        void onlyAnOfficerReturns() {
            AnnualPlan plan = submittedWith(1);
            assertThatThrownBy(() -> plan.returnForCorrection(CLERK, "Withdrawn by the unit", NOW))
                    .isInstanceOf(ActNotPermittedException.class);
            assertThatThrownBy(() -> plan.returnForCorrection(DIRECTOR, "Please correct it", NOW))
                    .isInstanceOf(ActNotPermittedException.class);
        }
    }

    @Nested
    class StateTable {

        /** Every (state, act) pair, performed by someone allowed to: only the state decides. */
        @ParameterizedTest(name = "{0} {1}: {2}")
        @CsvSource({
            "DRAFT, ADD_ITEM, true", "DRAFT, CHANGE_ITEM, true", "DRAFT, REMOVE_ITEM, true",
            "DRAFT, REVISE_ITEMS, true", "DRAFT, SUBMIT, true", "DRAFT, APPROVE, false", "DRAFT, RETURN, false",
            "SUBMITTED, ADD_ITEM, false", "SUBMITTED, CHANGE_ITEM, false", "SUBMITTED, REMOVE_ITEM, false",
            "SUBMITTED, REVISE_ITEMS, false", "SUBMITTED, SUBMIT, false", "SUBMITTED, APPROVE, true",
            "SUBMITTED, RETURN, true",
            "APPROVED, ADD_ITEM, false", "APPROVED, CHANGE_ITEM, false", "APPROVED, REMOVE_ITEM, false",
            "APPROVED, REVISE_ITEMS, false", "APPROVED, SUBMIT, false", "APPROVED, APPROVE, false",
            "APPROVED, RETURN, false"})
        void eachStateAllowsItsActsOnly(PlanStatus state, PlanAct act, boolean allowed) {
            AnnualPlan plan = draftWith(1);
            if (state != PlanStatus.DRAFT) {
                plan.submit(CLERK, NOW);
            }
            if (state == PlanStatus.APPROVED) {
                plan.approve(OFFICER, Optional.of(educationBureau()), POLICY, NOW);
            }
            Runnable perform = switch (act) {
                case ADD_ITEM -> () -> plan.addItem(CLERK, trip("KR"), NOW);
                case CHANGE_ITEM -> () -> plan.changeItem(CLERK, "P1", trip("KR"), NOW);
                case REMOVE_ITEM -> () -> plan.removeItem(CLERK, "P1", NOW);
                case REVISE_ITEMS -> () -> plan.reviseItems(CLERK, List.of(), NOW);
                case SUBMIT -> () -> plan.submit(CLERK, NOW);
                case APPROVE -> () -> plan.approve(OFFICER, Optional.of(educationBureau()), POLICY, NOW);
                case RETURN -> () -> plan.returnForCorrection(OFFICER, "Please correct the dates", NOW);
                case DRAFT -> throw new IllegalArgumentException("drafting makes a new plan");
            };
            if (allowed) {
                assertThatCode(perform::run).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(perform::run).isInstanceOf(ActNotAllowedInStateException.class);
                assertThat(plan.status()).isEqualTo(state);
            }
        }
    }

    @Nested
    class Visibility {

        @Test
        void unitStaffSeeTheirOwnUnitsPlansAndTheOfficeSeesAll() {
            AnnualPlan plan = draftWith(1);
            assertThat(plan.isVisibleTo(CLERK)).isTrue();
            assertThat(plan.isVisibleTo(SIGNATORY)).isTrue();
            assertThat(plan.isVisibleTo(OTHER_UNIT_CLERK)).isFalse();
            assertThat(plan.isVisibleTo(Actor.of("reception", null, Role.RECEPTION_OFFICER))).isFalse();
            assertThat(plan.isVisibleTo(OFFICER)).isTrue();
            assertThat(plan.isVisibleTo(Actor.of("audit", null, Role.AUDITOR))).isTrue();
        }
    }
}
