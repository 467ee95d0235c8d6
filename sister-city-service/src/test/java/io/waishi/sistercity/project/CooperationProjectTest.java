package io.waishi.sistercity.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.sistercity.project.ProjectEvents.ProjectMilestoneReached;
import io.waishi.sistercity.project.ProjectEvents.ProjectStageChanged;
import io.waishi.sistercity.relationship.CooperationField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CooperationProjectTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Actor OFFICER = Actor.of("qian.officer", null, Role.SISTER_CITY_OFFICER);
    static final Actor DIRECTOR = Actor.of("zhao.director", null, Role.FAO_DIRECTOR);
    static final LocalizedText TITLE = LocalizedText.of("约巴林达职业教育合作", "Yorba Linda vocational education");
    static final ProjectProposal PROPOSAL = new ProjectProposal("p-1", TITLE, "Joint training of nurses",
            CooperationField.EDUCATION, "市教育局", "Yorba Linda Community College", "r-1");

    static CooperationProject idea() {
        return CooperationProject.propose("c-1", OFFICER, PROPOSAL, NOW);
    }

    /** A project brought to {@code stage} by the real acts; a stalled one stalled from NEGOTIATING. */
    static CooperationProject at(ProjectStage stage) {
        if (stage == ProjectStage.STALLED) {
            return stalledFrom(ProjectStage.NEGOTIATING);
        }
        CooperationProject project = idea();
        while (project.stage() != stage) {
            perform(project, project.stage().nextStep().orElseThrow(), OFFICER);
        }
        return project;
    }

    static CooperationProject stalledFrom(ProjectStage stage) {
        CooperationProject project = at(stage);
        project.stall(OFFICER, "The partner's budget was frozen", NOW);
        return project;
    }

    static void perform(CooperationProject project, ProjectAct act, Actor actor) {
        switch (act) {
            case START_NEGOTIATING -> project.startNegotiating(actor, null, NOW);
            case AGREE -> project.agree(actor, "Memorandum signed", NOW);
            case START_IMPLEMENTING -> project.startImplementing(actor, null, NOW);
            case COMPLETE -> project.complete(actor, null, NOW);
            case STALL -> project.stall(actor, "The partner's budget was frozen", NOW);
            case RESUME -> project.resume(actor, null, NOW);
            case ADD_MILESTONE -> project.addMilestone(actor, LocalizedText.of("首批学员赴美", "First cohort leaves"),
                    LocalDate.of(2027, 3, 1));
            case EDIT_MILESTONE -> project.editMilestone(actor, milestone(project), LocalizedText.of("首批学员", null),
                    null);
            case DROP_MILESTONE -> project.dropMilestone(actor, milestone(project), "Merged into the second cohort");
            case REACH_MILESTONE -> project.reachMilestone(actor, milestone(project), TODAY, TODAY, NOW);
            case RECORD_FIGURE -> project.recordFigure(actor, "students-exchanged",
                    LocalizedText.of("交流学生", "Students exchanged"), new BigDecimal("40"), "people", NOW);
        }
    }

    /** The first open milestone, planned for the act when there is none (as the officer, in a stage that allows it). */
    private static String milestone(CooperationProject project) {
        return project.milestones().stream().filter(m -> !m.settled()).map(Milestone::id).findFirst()
                .orElseGet(() -> project.stage().allows(ProjectAct.ADD_MILESTONE)
                        ? project.addMilestone(OFFICER, LocalizedText.of("里程碑", null), null) : "m-1");
    }

    static List<String> codes(Runnable act) {
        return catchThrowableOfType(RuleViolationException.class, act::run).violations().stream()
                .map(RuleViolation::code).toList();
    }

    @Nested
    class Proposing {

        @Test
        void anOfficerProposesAnIdeaAndItIsAnnouncedWithoutAPreviousStage() {
            CooperationProject project = idea();
            assertThat(project.stage()).isEqualTo(ProjectStage.IDEA);
            assertThat(project.leadDepartment()).isEqualTo("市教育局");
            assertThat(project.relationshipId()).isEqualTo("r-1");
            assertThat(project.history()).containsExactly(new ProjectStageChange(null, ProjectStage.IDEA,
                    "qian.officer", NOW, null));
            assertThat(project.recordedEvents()).containsExactly(new ProjectStageChanged("c-1", "p-1", TITLE,
                    CooperationField.EDUCATION, null, ProjectStage.IDEA, NOW));
        }

        @Test
        void onlySisterCityOfficersPropose() {
            for (Role role : EnumSet.complementOf(EnumSet.of(Role.SISTER_CITY_OFFICER))) {
                assertThatThrownBy(() -> CooperationProject.propose("c-1", Actor.of("x", null, role), PROPOSAL, NOW))
                        .as("%s", role).isInstanceOf(ActNotPermittedException.class);
            }
        }

        @Test
        void aProposalNamesPartnerTitleFieldLeadDepartmentAndPartnerBody() {
            assertThatThrownBy(() -> new ProjectProposal(" ", TITLE, null, CooperationField.TRADE, "市商务局", "x", null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ProjectProposal("p-1", TITLE, null, null, "市商务局", "x", null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ProjectProposal("p-1", TITLE, null, CooperationField.TRADE, " ", "x", null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ProjectProposal("p-1", TITLE, null, CooperationField.TRADE, "市商务局", "", null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(new ProjectProposal("p-1", TITLE, " ", CooperationField.TRADE, " 市商务局 ", "x", " ").relationshipId())
                    .isNull();
        }

        @Test
        void unknownPartnersAndRelationshipsAreRuleViolationsNamingTheirValues() {
            assertThat(ProjectRules.partnerUnknown("p-9")).isEqualTo(RuleViolation.of("PROJECT_PARTNER_UNKNOWN",
                    "partnerCityId", Map.of("partnerCityId", "p-9")));
            assertThat(ProjectRules.relationshipWithAnotherPartner("r-1", "p-2", "p-1").parameters())
                    .containsEntry("relationshipPartnerCityId", "p-2");
        }
    }

    @Nested
    class Path {

        @Test
        void theMainLineRecordsWhoWhenAndTheNoteAndAnnouncesEveryStage() {
            CooperationProject project = at(ProjectStage.COMPLETED);
            assertThat(project.history()).extracting(ProjectStageChange::to).containsExactly(ProjectStage.IDEA,
                    ProjectStage.NEGOTIATING, ProjectStage.AGREED, ProjectStage.IMPLEMENTING, ProjectStage.COMPLETED);
            assertThat(project.history().get(2)).isEqualTo(new ProjectStageChange(ProjectStage.NEGOTIATING,
                    ProjectStage.AGREED, "qian.officer", NOW, "Memorandum signed"));
            assertThat(project.recordedEvents()).extracting(event -> ((ProjectStageChanged) event).fromStage())
                    .containsExactly(null, ProjectStage.IDEA, ProjectStage.NEGOTIATING, ProjectStage.AGREED,
                            ProjectStage.IMPLEMENTING);
            assertThat(project.actionsFor(OFFICER)).containsExactly(ProjectAct.RECORD_FIGURE);
        }

        @ParameterizedTest
        @EnumSource(value = ProjectStage.class, names = {"NEGOTIATING", "AGREED", "IMPLEMENTING"})
        void aStalledProjectResumesAtTheStageItStalledFrom(ProjectStage from) {
            CooperationProject project = stalledFrom(from);
            assertThat(project.stage()).isEqualTo(ProjectStage.STALLED);
            assertThat(project.stalledFrom()).isEqualTo(from);
            assertThat(project.history().get(project.history().size() - 1)).isEqualTo(new ProjectStageChange(from,
                    ProjectStage.STALLED, "qian.officer", NOW, "The partner's budget was frozen"));

            project.resume(OFFICER, "Budget restored", NOW);
            assertThat(project.stage()).isEqualTo(from);
            assertThat(project.stalledFrom()).isNull();
            assertThat(project.recordedEvents()).last().isEqualTo(new ProjectStageChanged("c-1", "p-1", TITLE,
                    CooperationField.EDUCATION, ProjectStage.STALLED, from, NOW));
        }

        @Test
        void anIdeaCannotStallAndNeitherCanACompletedProject() {
            assertThatThrownBy(() -> idea().stall(OFFICER, "why", NOW)).isInstanceOf(ActNotAllowedInStateException.class);
            assertThatThrownBy(() -> at(ProjectStage.COMPLETED).stall(OFFICER, "why", NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class);
            assertThat(EnumSet.allOf(ProjectStage.class)).filteredOn(ProjectStage::canStall).containsExactly(
                    ProjectStage.NEGOTIATING, ProjectStage.AGREED, ProjectStage.IMPLEMENTING);
        }

        @Test
        void stallingNeedsAReason() {
            CooperationProject project = at(ProjectStage.AGREED);
            assertThatThrownBy(() -> project.stall(OFFICER, " ", NOW)).isInstanceOf(IllegalArgumentException.class);
            assertThat(project.stage()).isEqualTo(ProjectStage.AGREED);
        }

        @Test
        void readersSeeNoActionsAndTheOfficerSeesTheStagesActs() {
            CooperationProject implementing = at(ProjectStage.IMPLEMENTING);
            assertThat(implementing.actionsFor(DIRECTOR)).isEmpty();
            assertThat(implementing.actionsFor(OFFICER)).containsExactlyInAnyOrder(ProjectAct.COMPLETE, ProjectAct.STALL,
                    ProjectAct.ADD_MILESTONE, ProjectAct.EDIT_MILESTONE, ProjectAct.DROP_MILESTONE,
                    ProjectAct.REACH_MILESTONE, ProjectAct.RECORD_FIGURE);
            assertThat(at(ProjectStage.STALLED).actionsFor(OFFICER)).contains(ProjectAct.RESUME)
                    .doesNotContain(ProjectAct.REACH_MILESTONE, ProjectAct.STALL);
        }
    }

    @Nested
    class Milestones {

        @Test
        void milestonesAreNumberedWithinTheProjectAndEditedWhileOpen() {
            CooperationProject project = idea();
            assertThat(project.addMilestone(OFFICER, LocalizedText.of("可行性研究", null), LocalDate.of(2027, 1, 31)))
                    .isEqualTo("m-1");
            assertThat(project.addMilestone(OFFICER, LocalizedText.of("签署协议", null), null)).isEqualTo("m-2");
            project.editMilestone(OFFICER, "m-2", LocalizedText.of("签署合作协议", "Agreement signed"),
                    LocalDate.of(2027, 6, 1));
            assertThat(project.milestones().get(1)).isEqualTo(new Milestone("m-2",
                    LocalizedText.of("签署合作协议", "Agreement signed"), LocalDate.of(2027, 6, 1), null, null));
            assertThat(project.milestones()).extracting(Milestone::status).containsOnly(Milestone.Status.OPEN);
            assertThat(project.recordedEvents()).hasSize(1);
        }

        @Test
        void aMilestoneIsReachedOnceAndAnnounced() {
            CooperationProject project = at(ProjectStage.AGREED);
            project.addMilestone(OFFICER, LocalizedText.of("可行性研究", "Feasibility study"), LocalDate.of(2026, 12, 31));
            project.reachMilestone(OFFICER, "m-1", LocalDate.of(2026, 11, 18), TODAY, NOW);
            assertThat(project.milestones().get(0).status()).isEqualTo(Milestone.Status.REACHED);
            assertThat(project.milestones().get(0).reachedOn()).isEqualTo(LocalDate.of(2026, 11, 18));
            assertThat(project.recordedEvents()).last().isEqualTo(new ProjectMilestoneReached("c-1", "p-1", "m-1",
                    LocalizedText.of("可行性研究", "Feasibility study"), LocalDate.of(2026, 12, 31),
                    LocalDate.of(2026, 11, 18), NOW));

            int events = project.recordedEvents().size();
            assertThatThrownBy(() -> project.reachMilestone(OFFICER, "m-1", TODAY, TODAY, NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class).hasMessageContaining("REACHED");
            assertThatThrownBy(() -> project.editMilestone(OFFICER, "m-1", TITLE, null))
                    .isInstanceOf(ActNotAllowedInStateException.class);
            assertThatThrownBy(() -> project.dropMilestone(OFFICER, "m-1", "no longer needed"))
                    .isInstanceOf(ActNotAllowedInStateException.class);
            assertThat(project.recordedEvents()).hasSize(events);
        }

        @ParameterizedTest
        @EnumSource(value = ProjectStage.class, names = {"IDEA", "NEGOTIATING", "STALLED", "COMPLETED"})
        void aMilestoneIsReachedOnlyWhileTheProjectIsAgreedOrImplementing(ProjectStage stage) {
            CooperationProject project = stage == ProjectStage.COMPLETED ? at(stage) : withMilestone(at(stage));
            assertThatThrownBy(() -> project.reachMilestone(OFFICER, "m-1", TODAY, TODAY, NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class);
        }

        @Test
        void aMilestoneOfAProjectStalledAfterItsAgreementIsReachedOnceResumed() {
            CooperationProject project = withMilestone(stalledFrom(ProjectStage.AGREED));
            assertThatThrownBy(() -> project.reachMilestone(OFFICER, "m-1", TODAY, TODAY, NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class);
            project.resume(OFFICER, null, NOW);
            project.reachMilestone(OFFICER, "m-1", TODAY, TODAY, NOW);
            assertThat(project.milestones().get(0).settled()).isTrue();
        }

        @Test
        void aMilestoneIsReachedTodayAtTheLatestNotTomorrow() {
            CooperationProject project = withMilestone(at(ProjectStage.IMPLEMENTING));
            RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                    () -> project.reachMilestone(OFFICER, "m-1", TODAY.plusDays(1), TODAY, NOW));
            assertThat(refused.violations()).containsExactly(RuleViolation.of("PROJECT_MILESTONE_REACHED_IN_FUTURE",
                    "reachedOn", Map.of("reachedOn", "2026-11-21", "today", "2026-11-20")));
            project.reachMilestone(OFFICER, "m-1", TODAY, TODAY, NOW);
            assertThat(project.milestones().get(0).reachedOn()).isEqualTo(TODAY);
        }

        @Test
        void anUnknownMilestoneIsNotFoundAndADroppedOneIsNeverReached() {
            CooperationProject project = withMilestone(at(ProjectStage.AGREED));
            assertThatThrownBy(() -> project.reachMilestone(OFFICER, "m-9", TODAY, TODAY, NOW))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> project.dropMilestone(OFFICER, "m-1", " "))
                    .isInstanceOf(IllegalArgumentException.class);
            project.dropMilestone(OFFICER, "m-1", "Merged into m-2");
            assertThat(project.milestones().get(0).status()).isEqualTo(Milestone.Status.DROPPED);
            assertThat(project.milestones().get(0).dropReason()).isEqualTo("Merged into m-2");
            assertThatThrownBy(() -> project.reachMilestone(OFFICER, "m-1", TODAY, TODAY, NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class).hasMessageContaining("DROPPED");
        }

        @Test
        void noMilestoneIsPlannedOnACompletedProject() {
            assertThatThrownBy(() -> at(ProjectStage.COMPLETED).addMilestone(OFFICER, TITLE, null))
                    .isInstanceOf(ActNotAllowedInStateException.class);
        }

        private static CooperationProject withMilestone(CooperationProject project) {
            project.addMilestone(OFFICER, LocalizedText.of("可行性研究", null), null);
            return project;
        }
    }

    @Nested
    class Completing {

        @Test
        void completingWithAnOpenMilestoneIsRefusedNamingItThenAllowedOnceReachedOrDropped() {
            CooperationProject project = at(ProjectStage.AGREED);
            project.addMilestone(OFFICER, LocalizedText.of("可行性研究", null), null);
            project.addMilestone(OFFICER, LocalizedText.of("首批学员", null), null);
            project.addMilestone(OFFICER, LocalizedText.of("第二批学员", null), null);
            project.startImplementing(OFFICER, null, NOW);
            project.reachMilestone(OFFICER, "m-1", TODAY, TODAY, NOW);

            RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                    () -> project.complete(OFFICER, null, NOW));
            assertThat(refused.violations()).containsExactly(RuleViolation.of("PROJECT_MILESTONES_OUTSTANDING",
                    "milestones", Map.of("openMilestoneIds", List.of("m-2", "m-3"), "open", 2)));
            assertThat(project.stage()).isEqualTo(ProjectStage.IMPLEMENTING);

            project.reachMilestone(OFFICER, "m-2", TODAY, TODAY, NOW);
            assertThat(codes(() -> project.complete(OFFICER, null, NOW))).containsExactly("PROJECT_MILESTONES_OUTSTANDING");
            project.dropMilestone(OFFICER, "m-3", "The second cohort was cancelled by the partner");
            project.complete(OFFICER, "All delivered", NOW);
            assertThat(project.stage()).isEqualTo(ProjectStage.COMPLETED);
        }
    }

    @Nested
    class Figures {

        @Test
        void figuresAreRecordedAndUpdatedByKey() {
            CooperationProject project = at(ProjectStage.AGREED);
            project.recordFigure(OFFICER, "investment-signed", LocalizedText.of("签约投资额", "Investment signed"),
                    new BigDecimal("12000000.00"), "yuan", NOW);
            project.recordFigure(OFFICER, "students-exchanged", LocalizedText.of("交流学生", "Students exchanged"),
                    new BigDecimal("40"), "people", NOW);
            project.recordFigure(OFFICER, "investment-signed", LocalizedText.of("签约投资额", "Investment signed"),
                    new BigDecimal("15000000"), "yuan", NOW.plusSeconds(60));

            assertThat(project.figures()).extracting(OutcomeFigure::key).containsExactly("investment-signed",
                    "students-exchanged");
            assertThat(project.figures().get(0).value()).isEqualByComparingTo("15000000");
            assertThat(project.figures().get(0).recordedAt()).isEqualTo(NOW.plusSeconds(60));
            assertThat(project.figures().get(1)).isEqualTo(new OutcomeFigure("students-exchanged",
                    LocalizedText.of("交流学生", "Students exchanged"), new BigDecimal("40"), "people", "qian.officer", NOW));
        }

        @Test
        void aFigureHasAKeyAUnitAndANonNegativeValue() {
            LocalizedText label = LocalizedText.of("面积", "Area");
            assertThatThrownBy(() -> new OutcomeFigure("Area Planted", label, BigDecimal.ONE, "hectares", "x", NOW))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new OutcomeFigure("area", label, new BigDecimal("-1"), "hectares", "x", NOW))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new OutcomeFigure("area", label, BigDecimal.ONE, " ", "x", NOW))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(new OutcomeFigure("area", label, BigDecimal.ZERO, "hectares", "x", NOW).value()).isZero();
            assertThat(new OutcomeFigure("area", label, new BigDecimal("2.50"), "公顷", "x", NOW).value())
                    .isEqualTo(new BigDecimal("2.5"));
        }

        @Test
        void figuresComeWithTheAgreementAndStillAfterCompletionButNotBefore() {
            assertThatThrownBy(() -> perform(at(ProjectStage.NEGOTIATING), ProjectAct.RECORD_FIGURE, OFFICER))
                    .isInstanceOf(ActNotAllowedInStateException.class);
            CooperationProject completed = at(ProjectStage.COMPLETED);
            perform(completed, ProjectAct.RECORD_FIGURE, OFFICER);
            assertThat(completed.figures()).hasSize(1);
        }
    }

    static Stream<Arguments> everyStageAndAct() {
        return Arrays.stream(ProjectStage.values())
                .flatMap(stage -> Arrays.stream(ProjectAct.values()).map(act -> Arguments.of(stage, act)));
    }

    /** The whole state table: every act in every stage, by the officer. */
    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyStageAndAct")
    void everyActIsAllowedOnlyInTheStagesTheTableNames(ProjectStage stage, ProjectAct act) {
        CooperationProject project = at(stage);
        if (!stage.allows(act)) {
            int history = project.history().size();
            assertThatThrownBy(() -> perform(project, act, OFFICER)).isInstanceOf(ActNotAllowedInStateException.class);
            assertThat(project.stage()).isEqualTo(stage);
            assertThat(project.history()).hasSize(history);
        } else {
            perform(project, act, OFFICER);
            if (project.stage() != stage) {
                assertThat(project.history().get(project.history().size() - 1).by()).isEqualTo("qian.officer");
            }
        }
    }

    /** Every act, in a stage that allows it, refused to every role but the sister-city officer. */
    @ParameterizedTest
    @EnumSource(ProjectAct.class)
    void everyActIsRefusedToTheRolesItDoesNotName(ProjectAct act) {
        ProjectStage stage = Arrays.stream(ProjectStage.values()).filter(s -> s.allows(act)).findFirst().orElseThrow();
        Set<Role> others = EnumSet.allOf(Role.class);
        others.removeAll(List.of(act.roles()));
        assertThat(act.roles()).containsExactly(Role.SISTER_CITY_OFFICER);
        for (Role role : others) {
            CooperationProject project = at(stage);
            if (act == ProjectAct.EDIT_MILESTONE || act == ProjectAct.DROP_MILESTONE || act == ProjectAct.REACH_MILESTONE) {
                milestone(project);
            }
            int events = project.recordedEvents().size();
            assertThatThrownBy(() -> perform(project, act, Actor.of("someone", null, role)))
                    .as("%s by %s", act, role).isInstanceOf(ActNotPermittedException.class);
            assertThat(project.stage()).isEqualTo(stage);
            assertThat(project.recordedEvents()).hasSize(events);
        }
    }
}
