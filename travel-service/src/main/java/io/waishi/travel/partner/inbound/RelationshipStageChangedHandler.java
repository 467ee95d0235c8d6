package io.waishi.travel.partner.inbound;

import io.waishi.contracts.EventType;
import io.waishi.platform.inbound.InboundEvent;
import io.waishi.platform.inbound.InboundEventHandler;
import io.waishi.travel.partner.PartnerRelationships;
import io.waishi.travel.partner.RelationshipStageChange;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * sister-city-service announces that a relationship with a partner city moved along its approval path;
 * travel keeps the partner's standing, so a delegation going to sign an agreement waits for CPAFFC's
 * approval (S13). A redelivered or older announcement changes nothing.
 */
@Component
class RelationshipStageChangedHandler extends InboundEventHandler<RelationshipStageChangedHandler.StageChanged> {

    /** The fields of {@code waishi.sister-city.relationship.stage-changed.v1} this service needs. */
    record StageChanged(String relationshipId, String partnerCityId, String kind, String fromStage, String toStage,
            String approvalReference, Instant changedAt) {
    }

    private final PartnerRelationships relationships;

    RelationshipStageChangedHandler(PartnerRelationships relationships) {
        super(EventType.RELATIONSHIP_STAGE_CHANGED, StageChanged.class);
        this.relationships = relationships;
    }

    @Override
    public void handle(InboundEvent<StageChanged> event) {
        StageChanged changed = event.data();
        relationships.apply(new RelationshipStageChange(event.id(), changed.relationshipId(), changed.partnerCityId(),
                changed.kind(), changed.toStage(), changed.approvalReference(),
                changed.changedAt() == null ? event.time() : changed.changedAt()));
    }
}
