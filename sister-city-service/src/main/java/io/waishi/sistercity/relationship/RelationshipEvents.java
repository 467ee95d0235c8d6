package io.waishi.sistercity.relationship;

import io.waishi.contracts.EventType;
import io.waishi.contracts.PublishedAs;
import java.time.Instant;

/** What happens to a relationship, as partners and the other services learn it. Ids and facts, no names. */
public sealed interface RelationshipEvents {

    /**
     * The relationship reached a new stage; {@code fromStage} is null when it was just recorded.
     * Activation, dormancy, revival and termination are stage changes too.
     */
    @PublishedAs(EventType.RELATIONSHIP_STAGE_CHANGED)
    record RelationshipStageChanged(String relationshipId, String partnerCityId, RelationshipKind kind,
            RelationshipStage fromStage, RelationshipStage toStage, String approvalReference, Instant changedAt)
            implements RelationshipEvents {
    }
}
