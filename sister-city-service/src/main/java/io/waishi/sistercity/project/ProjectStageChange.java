package io.waishi.sistercity.project;

import java.time.Instant;

/**
 * One step of the project's path: who moved it from which stage to which, when, and why if they said.
 * The first step (the project proposed) has no {@code from}.
 */
public record ProjectStageChange(ProjectStage from, ProjectStage to, String by, Instant at, String note) {
}
