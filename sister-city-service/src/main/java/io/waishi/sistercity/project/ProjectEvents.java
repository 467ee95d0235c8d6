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
     * Stalling and resuming are stage changes too. {@code field} is the contract's name of the cooperation
     * field (see {@link #contractField}).
     */
    @PublishedAs(EventType.PROJECT_STAGE_CHANGED)
    record ProjectStageChanged(String projectId, String partnerCityId, LocalizedText title, String field,
            ProjectStage fromStage, ProjectStage toStage, Instant changedAt) implements ProjectEvents {
    }

    /** A milestone was reached on {@code reachedOn}, recorded at {@code recordedAt}. */
    @PublishedAs(EventType.PROJECT_MILESTONE_REACHED)
    record ProjectMilestoneReached(String projectId, String partnerCityId, String milestoneId, LocalizedText title,
            LocalDate dueDate, LocalDate reachedOn, Instant recordedAt) implements ProjectEvents {
    }

    /**
     * The published contract spells two cooperation fields shorter than the domain does
     * ({@code SCIENCE_TECHNOLOGY}, {@code CULTURE_ARTS}); events carry the contract's names.
     */
    static String contractField(CooperationField field) {
        return switch (field) {
            case SCIENCE_AND_TECHNOLOGY -> "SCIENCE_TECHNOLOGY";
            case CULTURE_AND_ARTS -> "CULTURE_ARTS";
            default -> field.name();
        };
    }
}
