package io.waishi.travel.delegation;

import static io.waishi.travel.delegation.DelegationFixtures.CLERK;
import static io.waishi.travel.delegation.DelegationFixtures.CONTEXT;
import static io.waishi.travel.delegation.DelegationFixtures.DIRECTOR;
import static io.waishi.travel.delegation.DelegationFixtures.NOW;
import static io.waishi.travel.delegation.DelegationFixtures.OFFICER;
import static io.waishi.travel.delegation.DelegationFixtures.SIGNATORY;
import static io.waishi.travel.delegation.DelegationFixtures.TODAY;
import static io.waishi.travel.delegation.DelegationJourney.CLOSING_DAY;
import static io.waishi.travel.delegation.DelegationJourney.DEPARTURE;
import static io.waishi.travel.delegation.DelegationJourney.DEPARTURE_DAY;
import static io.waishi.travel.delegation.DelegationJourney.NOTICE_SERVED;
import static io.waishi.travel.delegation.DelegationJourney.PARTNER_CITY;
import static io.waishi.travel.delegation.DelegationJourney.PASSPORTS_BACK_DAY;
import static io.waishi.travel.delegation.DelegationJourney.POSTED;
import static io.waishi.travel.delegation.DelegationJourney.PUBLICATION_DAY;
import static io.waishi.travel.delegation.DelegationJourney.REPORT_DAY;
import static io.waishi.travel.delegation.DelegationJourney.RETURN;
import static io.waishi.travel.delegation.DelegationJourney.RETURN_DAY;
import static io.waishi.travel.delegation.DelegationJourney.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import io.waishi.travel.delegation.DelegationEvents.DelegationApproved;
import io.waishi.travel.delegation.DelegationEvents.DelegationClosed;
import io.waishi.travel.delegation.DelegationEvents.DelegationDeparted;
import io.waishi.travel.delegation.DelegationEvents.DelegationReturned;
import io.waishi.travel.delegation.DelegationEvents.DelegationSubmitted;
import io.waishi.travel.delegation.DelegationEvents.TripReportSubmitted;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The workflow as a whole: the main line on one file, and the state table, roles and units for every act. */
class DelegationWorkflowTest {

    /** Where each act leaves the file; side acts leave it where it was. */
    private static final Map<DelegationAct, DelegationStatus> LEADS_TO = new EnumMap<>(Map.ofEntries(
            Map.entry(DelegationAct.SUBMIT, DelegationStatus.SUBMITTED),
            Map.entry(DelegationAct.SIGN, DelegationStatus.SIGNED),
            Map.entry(DelegationAct.ACCEPT, DelegationStatus.ACCEPTED),
            Map.entry(DelegationAct.RETURN_FOR_CORRECTION, DelegationStatus.CORRECTION_REQUESTED),
            Map.entry(DelegationAct.RESUBMIT, DelegationStatus.SIGNED),
            Map.entry(DelegationAct.APPROVE, DelegationStatus.APPROVED),
            Map.entry(DelegationAct.REJECT, DelegationStatus.REJECTED),
            Map.entry(DelegationAct.WITHDRAW, DelegationStatus.WITHDRAWN),
            Map.entry(DelegationAct.ISSUE_PASSPORTS, DelegationStatus.PASSPORTS_ISSUED),
            Map.entry(DelegationAct.CANCEL, DelegationStatus.CANCELLED),
            Map.entry(DelegationAct.DEPART, DelegationStatus.DEPARTED),
            Map.entry(DelegationAct.RECORD_RETURN, DelegationStatus.BACK_HOME),
            Map.entry(DelegationAct.RETURN_PASSPORTS, DelegationStatus.PASSPORTS_BACK),
            Map.entry(DelegationAct.SUBMIT_REPORT, DelegationStatus.REPORTED),
            Map.entry(DelegationAct.PUBLISH_RESULTS, DelegationStatus.RESULTS_PUBLISHED),
            Map.entry(DelegationAct.CLOSE, DelegationStatus.CLOSED)));
    private static final Set<DelegationAct> SIDE_ACTS = EnumSet.of(DelegationAct.REVISE, DelegationAct.WAIVE,
            DelegationAct.RECORD_OBJECTION, DelegationAct.RESOLVE_OBJECTION);

    @Test
    void aFileTravelsTheWholeMainLineAndEachStepPublishesWhatPartnersNeed() {
        TripPlan plan = DelegationFixtures.planToJapan();
        Delegation delegation = Delegation.draft("d-main", CLERK, plan, NOW);
        List<Object> published = new ArrayList<>();
        assertThat(delegation.status()).isEqualTo(DelegationStatus.DRAFT);
        assertThat(delegation.recordedEvents()).isEmpty();

        delegation.submit(CLERK, CONTEXT, POSTED);
        assertThat(delegation.status()).isEqualTo(DelegationStatus.SUBMITTED);
        assertThat(delegation.submittedAt()).isEqualTo(NOW);
        assertThat(drain(delegation, published)).containsExactly(new DelegationSubmitted("d-main", "U-EDU", TITLE,
                DelegationCategory.GOVERNMENT_EXCHANGE, false, PARTNER_CITY, List.of("JP"), DEPARTURE, RETURN, 2, NOW));

        delegation.sign(SIGNATORY, POSTED);
        assertThat(delegation.status()).isEqualTo(DelegationStatus.SIGNED);
        // Posted on Friday 20 November; five working days later, the weekend not counted, is Friday 27 November.
        assertThat(delegation.preTripNotice()).contains(
                new PreTripNotice(TODAY, 5, LocalDate.of(2026, 11, 27), List.of()));
        assertThat(drain(delegation, published)).isEmpty();

        delegation.accept(OFFICER, POSTED.now());
        assertThat(delegation.status()).isEqualTo(DelegationStatus.ACCEPTED);
        assertThat(delegation.acceptedBy()).contains("sun.officer");
        assertThat(drain(delegation, published)).isEmpty();

        delegation.approve(DIRECTOR, null, false, CONTEXT, NOTICE_SERVED);
        assertThat(delegation.status()).isEqualTo(DelegationStatus.APPROVED);
        assertThat(delegation.decision()).contains(new Decision(true, ApprovingLevel.FOREIGN_AFFAIRS_OFFICE, null, null,
                "zhao.director", NOTICE_SERVED.now()));
        assertThat(drain(delegation, published)).containsExactly(new DelegationApproved("d-main", "U-EDU", TITLE,
                DelegationCategory.GOVERNMENT_EXCHANGE, false, PARTNER_CITY, List.of("JP"), DEPARTURE, RETURN, 2,
                ApprovingLevel.FOREIGN_AFFAIRS_OFFICE, NOTICE_SERVED.now()));

        LocalDate dueBack = delegation.passportsDueBack(NOTICE_SERVED.policy());
        delegation.issuePassports(OFFICER, 2, dueBack, NOTICE_SERVED.now());
        assertThat(delegation.status()).isEqualTo(DelegationStatus.PASSPORTS_ISSUED);
        assertThat(delegation.trip()).contains(new Trip(2, LocalDate.of(2027, 3, 22), null, null, null));
        assertThat(drain(delegation, published)).isEmpty();

        delegation.depart(CLERK, DEPARTURE, DEPARTURE_DAY);
        assertThat(delegation.status()).isEqualTo(DelegationStatus.DEPARTED);
        assertThat(drain(delegation, published)).containsExactly(new DelegationDeparted("d-main", "U-EDU", TITLE,
                PARTNER_CITY, List.of("JP"), DEPARTURE, RETURN, 2, DEPARTURE_DAY.now()));

        delegation.recordReturn(CLERK, RETURN, RETURN_DAY);
        assertThat(delegation.status()).isEqualTo(DelegationStatus.BACK_HOME);
        assertThat(drain(delegation, published)).containsExactly(new DelegationReturned("d-main", "U-EDU", TITLE,
                PARTNER_CITY, List.of("JP"), DEPARTURE, RETURN, LocalDate.of(2027, 4, 14), RETURN_DAY.now()));

        delegation.passportsReturned(OFFICER, PASSPORTS_BACK_DAY);
        assertThat(delegation.status()).isEqualTo(DelegationStatus.PASSPORTS_BACK);
        assertThat(delegation.trip()).contains(new Trip(2, LocalDate.of(2027, 3, 22), DEPARTURE, RETURN,
                PASSPORTS_BACK_DAY.today()));
        assertThat(drain(delegation, published)).isEmpty();

        TripReport report = DelegationJourney.report(3);
        delegation.submitReport(CLERK, report, REPORT_DAY);
        assertThat(delegation.status()).isEqualTo(DelegationStatus.REPORTED);
        assertThat(delegation.report()).contains(report);
        assertThat(drain(delegation, published)).containsExactly(new TripReportSubmitted("d-main", "U-EDU", TITLE,
                DelegationCategory.GOVERNMENT_EXCHANGE, PARTNER_CITY, List.of("JP"), DEPARTURE, RETURN,
                report.summary(), List.of("Sign the teacher exchange memorandum"),
                List.of("Host Nara teachers in autumn 2027"), new BigDecimal("21500"), 3, REPORT_DAY.now()));

        delegation.publishResults(CLERK, PUBLICATION_DAY.today(), "Unit website", PUBLICATION_DAY);
        assertThat(delegation.status()).isEqualTo(DelegationStatus.RESULTS_PUBLISHED);
        assertThat(delegation.resultsNotice()).contains(new ResultsNotice(PUBLICATION_DAY.today(), "Unit website",
                "li.clerk", PUBLICATION_DAY.now()));
        assertThat(drain(delegation, published)).isEmpty();

        delegation.close(OFFICER, CLOSING_DAY.now());
        assertThat(delegation.status()).isEqualTo(DelegationStatus.CLOSED);
        assertThat(drain(delegation, published)).containsExactly(
                new DelegationClosed("d-main", "U-EDU", TITLE, PARTNER_CITY, CLOSING_DAY.now()));

        assertThat(delegation.history()).extracting(StatusChange::to, StatusChange::by).containsExactly(
                tuple(DelegationStatus.SUBMITTED, "li.clerk"), tuple(DelegationStatus.SIGNED, "qian.signatory"),
                tuple(DelegationStatus.ACCEPTED, "sun.officer"), tuple(DelegationStatus.APPROVED, "zhao.director"),
                tuple(DelegationStatus.PASSPORTS_ISSUED, "sun.officer"), tuple(DelegationStatus.DEPARTED, "li.clerk"),
                tuple(DelegationStatus.BACK_HOME, "li.clerk"), tuple(DelegationStatus.PASSPORTS_BACK, "sun.officer"),
                tuple(DelegationStatus.REPORTED, "li.clerk"), tuple(DelegationStatus.RESULTS_PUBLISHED, "li.clerk"),
                tuple(DelegationStatus.CLOSED, "sun.officer"));
        assertThat(delegation.deadlines()).as("every deadline met").noneMatch(Deadline::isOpen);
        for (Member member : plan.members()) {
            assertThat(published).as("events carry no personal data").allSatisfy(event -> assertThat(event.toString())
                    .doesNotContain(member.name()).doesNotContain(member.personId()).doesNotContain(member.post()));
        }
    }

    @Test
    void theMainLineIsEachStatesNextStepFromDraftToClosed() {
        Delegation delegation = DelegationJourney.inState(DelegationStatus.DRAFT);
        List<DelegationStatus> visited = new ArrayList<>(List.of(delegation.status()));
        while (delegation.status().nextStep().isPresent()) {
            DelegationAct next = delegation.status().nextStep().get();
            DelegationJourney.perform(next, delegation, DelegationJourney.performerOf(next));
            visited.add(delegation.status());
        }
        assertThat(visited).containsExactly(DelegationStatus.DRAFT, DelegationStatus.SUBMITTED, DelegationStatus.SIGNED,
                DelegationStatus.ACCEPTED, DelegationStatus.APPROVED, DelegationStatus.PASSPORTS_ISSUED,
                DelegationStatus.DEPARTED, DelegationStatus.BACK_HOME, DelegationStatus.PASSPORTS_BACK,
                DelegationStatus.REPORTED, DelegationStatus.RESULTS_PUBLISHED, DelegationStatus.CLOSED);
    }

    @Test
    void theEndStatesAllowNothingAndHaveNoNextStep() {
        for (DelegationStatus end : List.of(DelegationStatus.REJECTED, DelegationStatus.WITHDRAWN,
                DelegationStatus.CLOSED, DelegationStatus.CANCELLED)) {
            assertThat(end.allowedActs()).as(end.name()).isEmpty();
            assertThat(end.nextStep()).as(end.name()).isEmpty();
        }
        assertThat(DelegationStatus.CORRECTION_REQUESTED.nextStep()).contains(DelegationAct.RESUBMIT);
    }

    /** The state table as the office runs it (RULES.md §1), spelled out so that a change to it is deliberate. */
    @Test
    void theStateTableIsTheOfficesWorkflow() {
        Map<DelegationStatus, List<DelegationAct>> expected = new EnumMap<>(DelegationStatus.class);
        expected.put(DelegationStatus.DRAFT, List.of(DelegationAct.SUBMIT, DelegationAct.REVISE, DelegationAct.WAIVE,
                DelegationAct.WITHDRAW));
        expected.put(DelegationStatus.SUBMITTED, List.of(DelegationAct.SIGN, DelegationAct.WITHDRAW));
        expected.put(DelegationStatus.SIGNED, List.of(DelegationAct.ACCEPT, DelegationAct.RETURN_FOR_CORRECTION,
                DelegationAct.RECORD_OBJECTION, DelegationAct.RESOLVE_OBJECTION, DelegationAct.WAIVE,
                DelegationAct.APPROVE, DelegationAct.REJECT, DelegationAct.WITHDRAW));
        expected.put(DelegationStatus.CORRECTION_REQUESTED, List.of(DelegationAct.RESUBMIT, DelegationAct.REVISE,
                DelegationAct.RECORD_OBJECTION, DelegationAct.RESOLVE_OBJECTION, DelegationAct.REJECT,
                DelegationAct.WITHDRAW));
        expected.put(DelegationStatus.ACCEPTED, List.of(DelegationAct.APPROVE, DelegationAct.RECORD_OBJECTION,
                DelegationAct.RESOLVE_OBJECTION, DelegationAct.WAIVE, DelegationAct.REJECT, DelegationAct.WITHDRAW));
        expected.put(DelegationStatus.APPROVED, List.of(DelegationAct.ISSUE_PASSPORTS, DelegationAct.CANCEL));
        expected.put(DelegationStatus.PASSPORTS_ISSUED, List.of(DelegationAct.DEPART, DelegationAct.CANCEL));
        expected.put(DelegationStatus.DEPARTED, List.of(DelegationAct.RECORD_RETURN));
        expected.put(DelegationStatus.BACK_HOME, List.of(DelegationAct.RETURN_PASSPORTS));
        expected.put(DelegationStatus.PASSPORTS_BACK, List.of(DelegationAct.SUBMIT_REPORT));
        expected.put(DelegationStatus.REPORTED, List.of(DelegationAct.PUBLISH_RESULTS));
        expected.put(DelegationStatus.RESULTS_PUBLISHED, List.of(DelegationAct.CLOSE));
        for (DelegationStatus state : DelegationStatus.values()) {
            List<DelegationAct> acts = expected.getOrDefault(state, List.of());
            assertThat(state.allowedActs()).as(state.name()).containsExactlyInAnyOrderElementsOf(acts);
            assertThat(state.nextStep()).as("next step from %s", state).isEqualTo(acts.stream().findFirst());
        }
    }

    /** Every (state, act) pair: the state table and the aggregate agree, and a refusal leaves the file as it was. */
    @ParameterizedTest
    @EnumSource(DelegationStatus.class)
    void everyActIsAllowedExactlyInTheStatesTheTableSays(DelegationStatus state) {
        for (DelegationAct act : DelegationAct.values()) {
            Delegation delegation = DelegationJourney.inState(state);
            Actor performer = DelegationJourney.performerOf(act);
            assertThat(delegation.mayPerform(performer, act)).as("%s may %s", state, act).isEqualTo(state.allows(act));
            if (state.allows(act)) {
                DelegationJourney.perform(act, delegation, performer);
                assertThat(delegation.status()).as("%s in %s", act, state)
                        .isEqualTo(SIDE_ACTS.contains(act) ? state : LEADS_TO.get(act));
            } else {
                assertThatThrownBy(() -> DelegationJourney.perform(act, delegation, performer)).as("%s in %s", act, state)
                        .isInstanceOfSatisfying(ActNotAllowedInStateException.class,
                                refused -> assertThat(refused.state()).isEqualTo(state.name()));
                assertThat(delegation.status()).isEqualTo(state);
                assertThat(delegation.recordedEvents()).isEmpty();
            }
        }
    }

    @Test
    void everyActLeadsSomewhereOrIsASideAct() {
        assertThat(EnumSet.copyOf(LEADS_TO.keySet())).doesNotContainAnyElementsOf(SIDE_ACTS);
        Set<DelegationAct> all = EnumSet.copyOf(LEADS_TO.keySet());
        all.addAll(SIDE_ACTS);
        assertThat(all).containsExactlyInAnyOrder(DelegationAct.values());
    }

    /** Who does what in the office; a change here changes who may act on every file, so it is spelled out. */
    @Test
    void eachActBelongsToTheRolesTheOfficeAssigns() {
        Set<Role> clerk = EnumSet.of(Role.UNIT_CLERK);
        Set<Role> unitStaff = EnumSet.of(Role.UNIT_CLERK, Role.UNIT_SIGNATORY);
        Set<Role> officer = EnumSet.of(Role.FAO_OFFICER);
        Set<Role> director = EnumSet.of(Role.FAO_DIRECTOR);
        Map<DelegationAct, Set<Role>> expected = new EnumMap<>(DelegationAct.class);
        expected.put(DelegationAct.REVISE, clerk);
        expected.put(DelegationAct.WAIVE, director);
        expected.put(DelegationAct.SUBMIT, clerk);
        expected.put(DelegationAct.SIGN, EnumSet.of(Role.UNIT_SIGNATORY));
        expected.put(DelegationAct.RECORD_OBJECTION, EnumSet.of(Role.UNIT_CLERK, Role.UNIT_SIGNATORY, Role.FAO_OFFICER));
        expected.put(DelegationAct.RESOLVE_OBJECTION, EnumSet.of(Role.UNIT_SIGNATORY, Role.FAO_OFFICER));
        expected.put(DelegationAct.ACCEPT, officer);
        expected.put(DelegationAct.RETURN_FOR_CORRECTION, officer);
        expected.put(DelegationAct.RESUBMIT, clerk);
        expected.put(DelegationAct.APPROVE, director);
        expected.put(DelegationAct.REJECT, director);
        expected.put(DelegationAct.WITHDRAW, unitStaff);
        expected.put(DelegationAct.ISSUE_PASSPORTS, officer);
        expected.put(DelegationAct.CANCEL, EnumSet.of(Role.UNIT_CLERK, Role.UNIT_SIGNATORY, Role.FAO_DIRECTOR));
        expected.put(DelegationAct.DEPART, clerk);
        expected.put(DelegationAct.RECORD_RETURN, clerk);
        expected.put(DelegationAct.RETURN_PASSPORTS, officer);
        expected.put(DelegationAct.SUBMIT_REPORT, unitStaff);
        expected.put(DelegationAct.PUBLISH_RESULTS, unitStaff);
        expected.put(DelegationAct.CLOSE, officer);
        for (DelegationAct act : DelegationAct.values()) {
            assertThat(act.roles()).as(act.name()).containsExactlyInAnyOrderElementsOf(expected.get(act));
        }
    }

    /** Every (act, role) pair, in the first state that allows the act: exactly the act's roles may perform it. */
    @ParameterizedTest
    @EnumSource(DelegationAct.class)
    void everyActIsPermittedExactlyToItsRoles(DelegationAct act) {
        DelegationStatus state = firstStateAllowing(act);
        Set<Role> permitted = EnumSet.copyOf(Arrays.asList(act.roles()));
        for (Role role : Role.values()) {
            Delegation delegation = DelegationJourney.inState(state);
            Actor actor = Actor.of("someone." + role.name().toLowerCase(), "U-EDU", role);
            assertThat(delegation.mayPerform(actor, act)).as("%s may %s", role, act).isEqualTo(permitted.contains(role));
            if (permitted.contains(role)) {
                DelegationJourney.perform(act, delegation, actor);
                assertThat(delegation.status()).as("%s by %s", act, role)
                        .isEqualTo(SIDE_ACTS.contains(act) ? state : LEADS_TO.get(act));
            } else {
                assertThatThrownBy(() -> DelegationJourney.perform(act, delegation, actor)).as("%s by %s", act, role)
                        .isInstanceOf(ActNotPermittedException.class).hasMessageContaining("requires one of the roles");
                assertThat(delegation.status()).isEqualTo(state);
                assertThat(delegation.recordedEvents()).isEmpty();
            }
        }
    }

    static Stream<DelegationAct> actsOfUnitStaff() {
        return Arrays.stream(DelegationAct.values()).filter(act -> !unitRolesOf(act).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("actsOfUnitStaff")
    void unitStaffActOnlyOnTheirOwnUnitsFiles(DelegationAct act) {
        DelegationStatus state = firstStateAllowing(act);
        for (Role role : unitRolesOf(act)) {
            for (Actor stranger : List.of(Actor.of("wang." + role.name().toLowerCase(), "U-HEALTH", role),
                    Actor.of("nobody." + role.name().toLowerCase(), null, role))) {
                Delegation delegation = DelegationJourney.inState(state);
                assertThat(delegation.mayPerform(stranger, act)).as("%s may %s", stranger, act).isFalse();
                assertThatThrownBy(() -> DelegationJourney.perform(act, delegation, stranger)).as("%s by %s", act, stranger)
                        .isInstanceOf(ActNotPermittedException.class).hasMessageContaining("another unit");
                assertThat(delegation.status()).isEqualTo(state);
                assertThat(delegation.recordedEvents()).isEmpty();
            }
        }
    }

    @Test
    void officeStaffActOnEveryUnitsFiles() {
        Delegation health = Delegation.draft("d-health", DelegationFixtures.OTHER_UNIT_CLERK,
                DelegationFixtures.planToJapan(), NOW);
        health.submit(DelegationFixtures.OTHER_UNIT_CLERK, CONTEXT, POSTED);
        health.sign(Actor.of("ma.signatory", "U-HEALTH", Role.UNIT_SIGNATORY), POSTED);
        health.accept(OFFICER, POSTED.now());
        health.approve(DIRECTOR, null, false, CONTEXT, NOTICE_SERVED);
        assertThat(health.status()).isEqualTo(DelegationStatus.APPROVED);
        assertThat(health.unit()).isEqualTo("U-HEALTH");
    }

    private static DelegationStatus firstStateAllowing(DelegationAct act) {
        return Arrays.stream(DelegationStatus.values()).filter(state -> state.allows(act)).findFirst().orElseThrow();
    }

    private static List<Role> unitRolesOf(DelegationAct act) {
        return Arrays.stream(act.roles()).filter(role -> role == Role.UNIT_CLERK || role == Role.UNIT_SIGNATORY)
                .toList();
    }

    private static List<Object> drain(Delegation delegation, List<Object> published) {
        List<Object> events = List.copyOf(delegation.recordedEvents());
        published.addAll(events);
        delegation.recordedEvents().clear();
        return events;
    }
}
