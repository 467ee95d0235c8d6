package io.waishi.sistercity.project;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A cooperation project (合作项目) with a partner city — a joint programme, an investment, a school exchange —
 * from the idea through negotiation and agreement to implementation and completion, or stalled on the way
 * and resumed where it stopped. It keeps its milestones and its outcome figures. Every act checks, in
 * order: the stage allows it (409), the actor may do it (403), the rules allow it (422, all at once); then
 * it changes the project, keeps stage steps in the history and records the events partners read.
 */
@Document("projects")
public class CooperationProject extends AggregateRoot {

    /** Roles that read projects; changing them is for the roles of each act. */
    public static final Role[] READERS = {Role.SISTER_CITY_OFFICER, Role.FAO_OFFICER, Role.FAO_DIRECTOR,
        Role.AUDITOR, Role.ADMIN};

    private final String partnerCityId;
    private final LocalizedText title;
    private final String description;
    private final CooperationField field;
    private final String leadDepartment;
    private final String partnerBody;
    private final String relationshipId;
    private ProjectStage stage;
    /** The stage a stalled project stalled from, and resumes to; null unless stalled. */
    private ProjectStage stalledFrom;
    private final List<Milestone> milestones;
    private final List<OutcomeFigure> figures;
    private final String createdBy;
    private final Instant createdAt;
    private final List<ProjectStageChange> history;

    @PersistenceCreator
    CooperationProject(String id, Long version, String partnerCityId, LocalizedText title, String description,
            CooperationField field, String leadDepartment, String partnerBody, String relationshipId,
            ProjectStage stage, ProjectStage stalledFrom, List<Milestone> milestones, List<OutcomeFigure> figures,
            String createdBy, Instant createdAt, List<ProjectStageChange> history) {
        super(id, version);
        this.partnerCityId = partnerCityId;
        this.title = title;
        this.description = description;
        this.field = field;
        this.leadDepartment = leadDepartment;
        this.partnerBody = partnerBody;
        this.relationshipId = relationshipId;
        this.stage = stage;
        this.stalledFrom = stalledFrom;
        this.milestones = milestones == null ? new ArrayList<>() : new ArrayList<>(milestones);
        this.figures = figures == null ? new ArrayList<>() : new ArrayList<>(figures);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
    }

    /**
     * A sister-city officer proposes a project with a registered partner city (the caller has checked the
     * partner and the linked relationship): it starts as an IDEA, and is announced without a previous stage.
     */
    public static CooperationProject propose(String id, Actor officer, ProjectProposal proposal, Instant now) {
        officer.require("propose a cooperation project", Role.SISTER_CITY_OFFICER);
        CooperationProject project = new CooperationProject(id, null, proposal.partnerCityId(), proposal.title(),
                proposal.description(), proposal.field(), proposal.leadDepartment(), proposal.partnerBody(),
                proposal.relationshipId(), ProjectStage.IDEA, null, null, null, officer.userId(), now, null);
        project.history.add(new ProjectStageChange(null, ProjectStage.IDEA, officer.userId(), now, null));
        project.record(project.stageChanged(null, ProjectStage.IDEA, now));
        return project;
    }

    /** Talks with the partner's side begin. */
    public void startNegotiating(Actor officer, String note, Instant now) {
        authorize(officer, ProjectAct.START_NEGOTIATING);
        moveTo(ProjectStage.NEGOTIATING, officer, now, note);
    }

    /** Both sides have agreed the project (a signed memorandum, contract or plan). */
    public void agree(Actor officer, String note, Instant now) {
        authorize(officer, ProjectAct.AGREE);
        moveTo(ProjectStage.AGREED, officer, now, note);
    }

    /** Work on the agreed project starts. */
    public void startImplementing(Actor officer, String note, Instant now) {
        authorize(officer, ProjectAct.START_IMPLEMENTING);
        moveTo(ProjectStage.IMPLEMENTING, officer, now, note);
    }

    /** The project is done: only once every milestone is reached or dropped (PROJECT_MILESTONES_OUTSTANDING). */
    public void complete(Actor officer, String note, Instant now) {
        authorize(officer, ProjectAct.COMPLETE);
        refuseIfAny(ProjectRules.forCompletion(milestones));
        moveTo(ProjectStage.COMPLETED, officer, now, note);
    }

    /** Progress has stopped; the reason is on file and the stage it stopped at is kept for resuming. */
    public void stall(Actor officer, String reason, Instant now) {
        authorize(officer, ProjectAct.STALL);
        requireText(reason, "Marking a project stalled needs the reason");
        ProjectStage from = stage;
        moveTo(ProjectStage.STALLED, officer, now, reason);
        stalledFrom = from;
    }

    /** Progress resumes: the project goes back to the stage it stalled from. */
    public void resume(Actor officer, String note, Instant now) {
        authorize(officer, ProjectAct.RESUME);
        ProjectStage back = stalledFrom;
        stalledFrom = null;
        moveTo(back, officer, now, note);
    }

    /** Plans a new milestone; ids run m-1, m-2, … within the project. Returns the new milestone's id. */
    public String addMilestone(Actor officer, LocalizedText title, LocalDate dueDate) {
        authorize(officer, ProjectAct.ADD_MILESTONE);
        String milestoneId = "m-" + (milestones.size() + 1);
        milestones.add(Milestone.open(milestoneId, title, dueDate));
        return milestoneId;
    }

    /** Changes an open milestone's title or due date. */
    public void editMilestone(Actor officer, String milestoneId, LocalizedText title, LocalDate dueDate) {
        authorize(officer, ProjectAct.EDIT_MILESTONE);
        Milestone milestone = openMilestone(milestoneId, ProjectAct.EDIT_MILESTONE);
        replace(milestone.edited(title, dueDate));
    }

    /** Drops an open milestone with the reason: it no longer stands in the way of completion. */
    public void dropMilestone(Actor officer, String milestoneId, String reason) {
        authorize(officer, ProjectAct.DROP_MILESTONE);
        requireText(reason, "Dropping a milestone needs the reason");
        Milestone milestone = openMilestone(milestoneId, ProjectAct.DROP_MILESTONE);
        replace(milestone.dropped(reason.strip()));
    }

    /**
     * Records an open milestone as reached on {@code reachedOn} (not after {@code today}); a milestone is
     * reached once, and only while the project is agreed or implementing. Announced to partners.
     */
    public void reachMilestone(Actor officer, String milestoneId, LocalDate reachedOn, LocalDate today, Instant now) {
        authorize(officer, ProjectAct.REACH_MILESTONE);
        Milestone milestone = openMilestone(milestoneId, ProjectAct.REACH_MILESTONE);
        if (reachedOn == null) {
            throw new IllegalArgumentException("Name the day the milestone was reached");
        }
        refuseIfAny(ProjectRules.forReaching(reachedOn, today));
        Milestone reached = milestone.reached(reachedOn);
        replace(reached);
        record(new ProjectMilestoneReached(id(), partnerCityId, reached.id(), reached.title(), reached.dueDate(),
                reachedOn, now));
    }

    /** Records an outcome figure, or updates the one with the same key. */
    public void recordFigure(Actor officer, String key, LocalizedText label, BigDecimal value, String unit,
            Instant now) {
        authorize(officer, ProjectAct.RECORD_FIGURE);
        OutcomeFigure figure = new OutcomeFigure(key, label, value, unit, officer.userId(), now);
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i).key().equals(key)) {
                figures.set(i, figure);
                return;
            }
        }
        figures.add(figure);
    }

    /** The acts this actor may perform now. */
    public Set<ProjectAct> actionsFor(Actor actor) {
        Set<ProjectAct> actions = EnumSet.noneOf(ProjectAct.class);
        for (ProjectAct act : stage.allowedActs()) {
            if (actor.hasAny(act.roles())) {
                actions.add(act);
            }
        }
        return actions;
    }

    private void authorize(Actor actor, ProjectAct act) {
        if (!stage.allows(act)) {
            throw new ActNotAllowedInStateException(act.description(), stage.name());
        }
        actor.require(act.description(), act.roles());
    }

    private Milestone openMilestone(String milestoneId, ProjectAct act) {
        Milestone milestone = milestones.stream().filter(m -> m.id().equals(milestoneId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Milestone", milestoneId));
        if (milestone.settled()) {
            throw new ActNotAllowedInStateException(act.description() + " " + milestoneId,
                    "the milestone is " + milestone.status());
        }
        return milestone;
    }

    private void replace(Milestone milestone) {
        for (int i = 0; i < milestones.size(); i++) {
            if (milestones.get(i).id().equals(milestone.id())) {
                milestones.set(i, milestone);
            }
        }
    }

    private static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void refuseIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private void moveTo(ProjectStage next, Actor actor, Instant now, String note) {
        history.add(new ProjectStageChange(stage, next, actor.userId(), now, blankToNull(note)));
        record(stageChanged(stage, next, now));
        stage = next;
    }

    private ProjectStageChanged stageChanged(ProjectStage from, ProjectStage to, Instant now) {
        return new ProjectStageChanged(id(), partnerCityId, title, field, from, to, now);
    }

    public String partnerCityId() {
        return partnerCityId;
    }

    public LocalizedText title() {
        return title;
    }

    public String description() {
        return description;
    }

    public CooperationField field() {
        return field;
    }

    public String leadDepartment() {
        return leadDepartment;
    }

    public String partnerBody() {
        return partnerBody;
    }

    public String relationshipId() {
        return relationshipId;
    }

    public ProjectStage stage() {
        return stage;
    }

    /** The stage a stalled project resumes to; null unless stalled. */
    public ProjectStage stalledFrom() {
        return stalledFrom;
    }

    public List<Milestone> milestones() {
        return List.copyOf(milestones);
    }

    public List<OutcomeFigure> figures() {
        return List.copyOf(figures);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<ProjectStageChange> history() {
        return List.copyOf(history);
    }
}
