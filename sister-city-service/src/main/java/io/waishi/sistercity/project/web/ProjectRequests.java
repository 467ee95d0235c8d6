package io.waishi.sistercity.project.web;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.sistercity.project.CooperationProject;
import io.waishi.sistercity.project.Milestone;
import io.waishi.sistercity.project.OutcomeFigure;
import io.waishi.sistercity.project.ProjectAct;
import io.waishi.sistercity.project.ProjectBoard;
import io.waishi.sistercity.project.ProjectProposal;
import io.waishi.sistercity.project.ProjectStage;
import io.waishi.sistercity.project.ProjectStageChange;
import io.waishi.sistercity.relationship.CooperationField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The request and response bodies of the cooperation-project API. */
final class ProjectRequests {

    private ProjectRequests() {
    }

    record TextRequest(@NotBlank @Size(max = 300) String zh, @Size(max = 300) String en) {

        LocalizedText toText() {
            return LocalizedText.of(zh, en);
        }
    }

    record ProposeProject(@NotBlank @Size(max = 100) String partnerCityId, @NotNull @Valid TextRequest title,
            @Size(max = 4000) String description, @NotNull CooperationField field,
            @NotBlank @Size(max = 100) String leadDepartment, @NotBlank @Size(max = 300) String partnerBody,
            @Size(max = 100) String relationshipId) {

        ProjectProposal toProposal() {
            return new ProjectProposal(partnerCityId, title.toText(), description, field, leadDepartment, partnerBody,
                    relationshipId);
        }
    }

    record NoteRequest(@Size(max = 2000) String note) {
    }

    record StallRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record MilestoneRequest(@NotNull @Valid TextRequest title, LocalDate dueDate) {
    }

    record ReachedRequest(@NotNull LocalDate reachedOn) {
    }

    record DropRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record FigureRequest(@NotNull @Valid TextRequest label,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal value,
            @NotBlank @Size(max = 30) String unit) {
    }

    record MilestoneView(String id, LocalizedText title, LocalDate dueDate, Milestone.Status status,
            LocalDate reachedOn, String dropReason) {

        static MilestoneView of(Milestone milestone) {
            return new MilestoneView(milestone.id(), milestone.title(), milestone.dueDate(), milestone.status(),
                    milestone.reachedOn(), milestone.dropReason());
        }
    }

    record ProjectView(String id, String partnerCityId, LocalizedText title, String description,
            CooperationField field, String leadDepartment, String partnerBody, String relationshipId,
            ProjectStage stage, ProjectStage stalledFrom, List<MilestoneView> milestones, List<OutcomeFigure> figures,
            String createdBy, Instant createdAt, List<ProjectStageChange> history, Set<ProjectAct> actions,
            long version) {

        static ProjectView of(CooperationProject project, Actor actor) {
            return new ProjectView(project.id(), project.partnerCityId(), project.title(), project.description(),
                    project.field(), project.leadDepartment(), project.partnerBody(), project.relationshipId(),
                    project.stage(), project.stalledFrom(),
                    project.milestones().stream().map(MilestoneView::of).toList(), project.figures(),
                    project.createdBy(), project.createdAt(), project.history(), project.actionsFor(actor),
                    project.version() == null ? 0 : project.version());
        }
    }

    /** A project as a card on the board: enough to show and open it. */
    record ProjectCard(String id, String partnerCityId, LocalizedText title, CooperationField field,
            String leadDepartment, ProjectStage stage, ProjectStage stalledFrom, int milestones,
            int milestonesReached, Instant createdAt) {

        static ProjectCard of(CooperationProject project) {
            return new ProjectCard(project.id(), project.partnerCityId(), project.title(), project.field(),
                    project.leadDepartment(), project.stage(), project.stalledFrom(), project.milestones().size(),
                    (int) project.milestones().stream().filter(m -> m.status() == Milestone.Status.REACHED).count(),
                    project.createdAt());
        }
    }

    record BoardColumn(ProjectStage stage, long count, List<ProjectCard> projects) {
    }

    record BoardView(List<BoardColumn> columns, long total) {

        static BoardView of(ProjectBoard board) {
            return new BoardView(board.columns().stream().map(column -> new BoardColumn(column.stage(),
                    column.count(), column.projects().stream().map(ProjectCard::of).toList())).toList(), board.total());
        }
    }
}
