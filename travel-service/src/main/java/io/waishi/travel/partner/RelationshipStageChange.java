package io.waishi.travel.partner;

import java.time.Instant;
import java.util.Objects;

/**
 * sister-city-service's announcement that a relationship moved to a new stage.
 *
 * @param eventId           the announcement's id: the same announcement delivered twice is applied once
 * @param approvalReference the reference of the approval or agreement behind the step, when it has one
 */
public record RelationshipStageChange(String eventId, String relationshipId, String partnerCityId, String kind,
        String toStage, String approvalReference, Instant changedAt) {

    public RelationshipStageChange {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(relationshipId, "relationshipId");
        Objects.requireNonNull(partnerCityId, "partnerCityId");
        Objects.requireNonNull(toStage, "toStage");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** The reference of CPAFFC's approval, when this is that step and it names one. */
    String cpaffcReference() {
        return PartnerRelationship.CPAFFC_APPROVED.equals(toStage) ? approvalReference : null;
    }
}
