package io.waishi.reception.plan;

import static io.waishi.reception.plan.PlanFixtures.CLERK;
import static io.waishi.reception.plan.PlanFixtures.NOW;
import static io.waishi.reception.plan.PlanFixtures.OFFICE;
import static io.waishi.reception.plan.PlanFixtures.OFFICER;
import static io.waishi.reception.plan.PlanFixtures.at;
import static io.waishi.reception.plan.PlanFixtures.content;
import static io.waishi.reception.plan.PlanFixtures.hall;
import static io.waishi.reception.plan.PlanFixtures.item;
import static io.waishi.reception.plan.PlanFixtures.korean;
import static io.waishi.reception.plan.PlanFixtures.otherVisitBooking;
import static io.waishi.reception.plan.PlanFixtures.resources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.reception.resource.Interpreter;
import io.waishi.reception.resource.Venue;
import io.waishi.reception.visit.Visit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReceptionPlanTest {

    final Visit visit = PlanFixtures.approvedVisit();
    final Interpreter kim = korean();
    final Venue hall = hall(20);
    final ReceptionPlan plan = ReceptionPlan.forVisit(visit);

    private List<RuleViolation> refusal(PlanContent content, List<Booking> others) {
        return refusal(content, resources(kim, hall), others);
    }

    private List<RuleViolation> refusal(PlanContent content, PlanRules.Resources resources, List<Booking> others) {
        try {
            plan.revise(OFFICER, visit, content, OFFICE, resources, others, NOW);
        } catch (RuleViolationException refused) {
            return refused.violations();
        }
        throw new AssertionError("the plan was accepted");
    }

    private static List<String> codes(List<RuleViolation> violations) {
        return violations.stream().map(RuleViolation::code).toList();
    }

    @Nested
    class Overlap {

        @Test
        void anItemEndingAtTenAndABookingStartingAtTenDoNotOverlap() {
            PlanContent content = content(item("a", at(16, 9, 0), at(16, 10, 0), ItemKind.MEETING, hall.id(),
                    new InterpreterAssignment(kim.id(), "ko")));
            List<Booking> others = List.of(
                    otherVisitBooking(ResourceKind.INTERPRETER, kim.id(), at(16, 10, 0), at(16, 11, 0)),
                    otherVisitBooking(ResourceKind.VENUE, hall.id(), at(16, 8, 0), at(16, 9, 0)));

            PlanRevision revision = plan.revise(OFFICER, visit, content, OFFICE, resources(kim, hall), others, NOW);

            assertThat(revision.number()).isEqualTo(1);
        }

        @Test
        void aBookingStartingAtNineFiftyNineOverlapsAnItemEndingAtTen() {
            PlanContent content = content(item("a", at(16, 9, 0), at(16, 10, 0), ItemKind.MEETING, hall.id(),
                    new InterpreterAssignment(kim.id(), "ko")));
            List<RuleViolation> violations = refusal(content, List.of(
                    otherVisitBooking(ResourceKind.INTERPRETER, kim.id(), at(16, 9, 59), at(16, 11, 0)),
                    otherVisitBooking(ResourceKind.VENUE, hall.id(), at(16, 8, 0), at(16, 9, 1))));

            assertThat(codes(violations)).containsExactly("INTERPRETER_DOUBLE_BOOKED", "VENUE_DOUBLE_BOOKED");
            assertThat(violations.get(0).parameters()).isEqualTo(Map.of("interpreterId", kim.id(), "itemId", "a",
                    "otherVisitId", "other-visit", "otherItemId", "other-item", "from", "2027-06-16T09:59",
                    "to", "2027-06-16T11:00"));
        }

        @Test
        void oneVisitCannotUseTheSameInterpreterOrVenueInTwoOverlappingItems() {
            InterpreterAssignment kimKo = new InterpreterAssignment(kim.id(), "ko");
            List<RuleViolation> violations = refusal(content(
                    item("a", at(16, 9, 0), at(16, 10, 30), ItemKind.MEETING, hall.id(), kimKo),
                    item("b", at(16, 10, 0), at(16, 11, 0), ItemKind.TALKS, hall.id(), kimKo),
                    item("c", at(16, 11, 0), at(16, 12, 0), ItemKind.TALKS, hall.id(), kimKo)), List.of());

            assertThat(codes(violations)).containsExactly("INTERPRETER_DOUBLE_BOOKED", "VENUE_DOUBLE_BOOKED");
            assertThat(violations.get(0).parameters()).containsEntry("itemId", "b").containsEntry("otherItemId", "a")
                    .containsEntry("otherVisitId", visit.id());
        }
    }

    @Nested
    class Rules {

        @Test
        void anInterpreterWorksOnlyInTheirLanguagesAndSubtagsMatch() {
            assertThat(codes(refusal(content(item("a", at(16, 9, 0), at(16, 10, 0), ItemKind.OTHER, null,
                    new InterpreterAssignment(kim.id(), "ja"))), List.of())))
                    .containsExactly("INTERPRETER_LANGUAGE_MISSING");
            plan.revise(OFFICER, visit, content(item("a", at(16, 9, 0), at(16, 10, 0), ItemKind.OTHER, null,
                    new InterpreterAssignment(kim.id(), "en"))), OFFICE, resources(kim, hall), List.of(), NOW);
        }

        @Test
        void anInterpreterIsNotBookedInTheirUnavailablePeriod() {
            List<RuleViolation> violations = refusal(content(item("a", at(16, 17, 59), at(16, 19, 0), ItemKind.BANQUET,
                    null, new InterpreterAssignment(kim.id(), "ko"))), List.of());
            assertThat(codes(violations)).containsExactly("INTERPRETER_UNAVAILABLE");
            assertThat(violations.get(0).parameters()).containsEntry("from", "2027-06-16T14:00");
            plan.revise(OFFICER, visit, content(item("a", at(16, 18, 0), at(16, 19, 0), ItemKind.BANQUET, null,
                    new InterpreterAssignment(kim.id(), "ko"))), OFFICE, resources(kim, hall), List.of(), NOW);
        }

        @Test
        void aSitDownItemNeedsAVenueSeatingTheDelegationButASiteVisitDoesNot() {
            Venue small = hall(11);
            List<RuleViolation> violations = refusal(content(item("a", at(16, 9, 0), at(16, 10, 0), ItemKind.BANQUET,
                    small.id())), resources(kim, small), List.of());
            assertThat(codes(violations)).containsExactly("VENUE_TOO_SMALL");
            assertThat(violations.get(0).parameters()).containsEntry("capacity", 11).containsEntry("guestCount", 12);

            plan.revise(OFFICER, visit, content(item("a", at(16, 9, 0), at(16, 10, 0), ItemKind.SITE_VISIT,
                    small.id())), OFFICE, resources(kim, small), List.of(), NOW);
            plan.revise(OFFICER, visit, content(item("a", at(16, 9, 0), at(16, 10, 0), ItemKind.BANQUET,
                    hall(12).id())), OFFICE, resources(kim, hall(12)), List.of(), NOW);
        }

        @Test
        void itemsLieWithinTheVisitsDaysAndEndAfterTheyStart() {
            assertThat(codes(refusal(content(
                    item("early", at(14, 23, 0), at(15, 0, 30), ItemKind.OTHER, null),
                    item("late", at(18, 23, 0), at(19, 0, 0).plusMinutes(1), ItemKind.OTHER, null),
                    item("backwards", at(16, 10, 0), at(16, 10, 0), ItemKind.OTHER, null)), List.of())))
                    .containsExactlyInAnyOrder("ITEM_OUTSIDE_VISIT", "ITEM_OUTSIDE_VISIT", "ITEM_ENDS_BEFORE_START");
            plan.revise(OFFICER, visit, content(item("first", at(15, 0, 0), at(15, 1, 0), ItemKind.OTHER, null),
                    item("last", at(18, 23, 0), at(19, 0, 0), ItemKind.OTHER, null)), OFFICE, resources(kim, hall),
                    List.of(), NOW);
        }

        @Test
        void unknownAndDeactivatedResourcesAreRefused() {
            assertThat(codes(refusal(content(item("a", at(16, 9, 0), at(16, 10, 0), ItemKind.MEETING, "nowhere",
                    new InterpreterAssignment("nobody", "ko"))), List.of())))
                    .containsExactly("VENUE_NOT_FOUND", "INTERPRETER_NOT_FOUND");
            kim.deactivate(OFFICER);
            hall.deactivate(OFFICER);
            assertThat(codes(refusal(content(item("a", at(16, 9, 0), at(16, 10, 0), ItemKind.MEETING, hall.id(),
                    new InterpreterAssignment(kim.id(), "ko"))), List.of())))
                    .containsExactly("VENUE_INACTIVE", "INTERPRETER_INACTIVE");
        }

        @Test
        void everyBrokenRuleIsReportedTogether() {
            List<RuleViolation> violations = refusal(content(
                    item("a", at(16, 15, 0), at(16, 16, 0), ItemKind.TALKS, hall(5).id(),
                            new InterpreterAssignment(kim.id(), "fr")),
                    item("b", at(20, 9, 0), at(20, 10, 0), ItemKind.OTHER, null)),
                    resources(kim, hall(5)),
                    List.of(otherVisitBooking(ResourceKind.INTERPRETER, kim.id(), at(16, 15, 30), at(16, 17, 0))));
            assertThat(codes(violations)).containsExactlyInAnyOrder("VENUE_TOO_SMALL", "INTERPRETER_LANGUAGE_MISSING",
                    "INTERPRETER_UNAVAILABLE", "INTERPRETER_DOUBLE_BOOKED", "ITEM_OUTSIDE_VISIT");
        }
    }

    @Nested
    class Editing {

        @Test
        void noPlanBeforeHostingIsApproved() {
            Visit requested = PlanFixtures.requestedVisit();
            ReceptionPlan early = ReceptionPlan.forVisit(requested);
            assertThatThrownBy(() -> early.revise(OFFICER, requested, content(), OFFICE, resources(kim, hall),
                    List.of(), NOW)).isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(
                            codes(refused.violations())).containsExactly("PLAN_BEFORE_APPROVAL"));
        }

        @Test
        void aCancelledVisitsPlanIsNotEditedAndOnlyReceptionOfficersEdit() {
            assertThatThrownBy(() -> plan.revise(CLERK, visit, content(), OFFICE, resources(kim, hall), List.of(),
                    NOW)).isInstanceOf(ActNotPermittedException.class);
            visit.cancel(OFFICER, "postponed", NOW);
            assertThatThrownBy(() -> plan.revise(OFFICER, visit, content(), OFFICE, resources(kim, hall), List.of(),
                    NOW)).isInstanceOf(ActNotAllowedInStateException.class);
        }

        @Test
        void eachSaveIsANewRevisionAndEarlierOnesStayReadable() {
            plan.revise(OFFICER, visit, content(item("a", at(16, 9, 0), at(16, 10, 0), ItemKind.MEETING, null)),
                    OFFICE, resources(kim, hall), List.of(), NOW);
            plan.revise(OFFICER, visit, content(item("a", at(16, 9, 30), at(16, 10, 30), ItemKind.MEETING, null),
                    item("b", at(17, 9, 0), at(17, 10, 0), ItemKind.SITE_VISIT, null)), OFFICE, resources(kim, hall),
                    List.of(), NOW);

            assertThat(plan.revisionNumber()).isEqualTo(2);
            assertThat(plan.current().orElseThrow().content().items()).hasSize(2);
            assertThat(plan.revision(1).content().items()).singleElement()
                    .satisfies(first -> assertThat(first.start()).isEqualTo(at(16, 9, 0)));
            assertThat(plan.revision(1).zone()).isEqualTo("Asia/Shanghai");
            assertThatThrownBy(() -> plan.revision(3)).isInstanceOf(io.waishi.platform.domain.NotFoundException.class);
        }

        @Test
        void bookingsCarryTheVisitTheRevisionAndOfficeInstants() {
            plan.revise(OFFICER, visit, content(item("a", at(16, 9, 0), at(16, 10, 0), ItemKind.MEETING, hall.id(),
                    new InterpreterAssignment(kim.id(), "ko"), new InterpreterAssignment(kim.id(), "en"))), OFFICE,
                    resources(kim, hall), List.of(), NOW);
            List<Booking> bookings = plan.bookings(NOW);
            assertThat(bookings).extracting(Booking::resourceKind)
                    .containsExactly(ResourceKind.INTERPRETER, ResourceKind.VENUE);
            assertThat(bookings.get(0).visitId()).isEqualTo(visit.id());
            assertThat(bookings.get(0).from()).hasToString("2027-06-16T01:00:00Z");
            assertThat(bookings.get(0).revision()).isEqualTo(1);
        }
    }

    @Nested
    class Checklist {

        @Test
        void theChecklistIsCreatedWithThePlanEveryTaskOpen() {
            assertThat(plan.checklist()).extracting(ChecklistItem::task).containsExactly(ChecklistTask.values());
            assertThat(plan.checklist()).extracting(ChecklistItem::state).containsOnly(ChecklistState.OPEN);
        }

        @Test
        void workInProgressOrDoneHasAnOwner() {
            assertThatThrownBy(() -> plan.updateChecklist(OFFICER, visit, ChecklistTask.HOTEL, " ",
                    ChecklistState.DONE, NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                            refused -> assertThat(codes(refused.violations())).containsExactly("CHECKLIST_OWNER_MISSING"));

            plan.updateChecklist(OFFICER, visit, ChecklistTask.HOTEL, "钱科长", ChecklistState.IN_PROGRESS, NOW);
            plan.updateChecklist(OFFICER, visit, ChecklistTask.GIFTS, null, ChecklistState.NOT_NEEDED, NOW);
            plan.updateChecklist(OFFICER, visit, ChecklistTask.HOTEL, "钱科长", ChecklistState.DONE, NOW);

            assertThat(plan.checklist().get(0)).isEqualTo(new ChecklistItem(ChecklistTask.HOTEL, "钱科长",
                    ChecklistState.DONE, OFFICER.userId(), NOW));
            assertThat(plan.checklist()).filteredOn(item -> item.state().pending()).hasSize(10);
        }
    }
}
