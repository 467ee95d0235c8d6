package io.waishi.sistercity.project;

import io.waishi.contracts.EventType;
import io.waishi.contracts.PublishedAs;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.sistercity.relationship.CooperationField;
import java.time.Instant;
import java.time.LocalDate;

/** What happens to cooperation projects, as partners and the other services learn it. Ids and facts, no people. */
public sealed interface ProjectEvents {

    /**
     * The project reached a new stage; {@code fromStage} is null (absent) when it was just proposed.
     * Stalling and resuming are stage changes too.
     */
    @PublishedAs(EventType.PROJECT_STAGE_CHANGED)
    record ProjectStageChanged(String projectId, String partnerCityId, LocalizedText title, CooperationField field,
            ProjectStage fromStage, ProjectStage toStage, Instant changedAt) implements ProjectEvents {
    }

    /** A milestone was reached on {@code reachedOn}, recorded at {@code recordedAt}. */
    @PublishedAs(EventType.PROJECT_MILESTONE_REACHED)
    record ProjectMilestoneReached(String projectId, String partnerCityId, String milestoneId, LocalizedText title,
            LocalDate dueDate, LocalDate reachedOn, Instant recordedAt) implements ProjectEvents {
    }

}
