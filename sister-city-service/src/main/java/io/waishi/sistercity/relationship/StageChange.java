package io.waishi.sistercity.relationship;

import java.time.Instant;

/**
 * One step of the relationship's path: who moved it from which stage to which, when, citing which approval
 * or agreement reference, and why if they said. The first step has no {@code from}.
 */
public record StageChange(RelationshipStage from, RelationshipStage to, String by, Instant at, String reference,
        String note) {
}
