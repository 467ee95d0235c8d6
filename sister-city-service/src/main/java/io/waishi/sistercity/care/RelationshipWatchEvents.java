package io.waishi.sistercity.care;

import io.waishi.contracts.EventType;
import io.waishi.contracts.PublishedAs;
import io.waishi.sistercity.relationship.RelationshipKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the office's watch over a relationship announces, on the relationships topic keyed by the
 * relationship's id. Ids, dates and the partner's public name; no personal data.
 */
public sealed interface RelationshipWatchEvents {

    /**
     * A relationship in force became at risk of dormancy ({@code atRisk} true), or stopped being at risk
     * ({@code atRisk} false): a new exchange was held, or it left the active stage.
     */
    @PublishedAs(EventType.RELATIONSHIP_DORMANCY_RISK_CHANGED)
    record RelationshipDormancyRiskChanged(String relationshipId, String partnerCityId, RelationshipKind kind,
            boolean atRisk, LocalDate lastActivityOn, int riskMonths, Instant changedAt)
            implements RelationshipWatchEvents {
    }

    /** A round anniversary of the agreement falls within the lead time; announced once per anniversary. */
    @PublishedAs(EventType.RELATIONSHIP_ANNIVERSARY_UPCOMING)
    record RelationshipAnniversaryUpcoming(String relationshipId, String partnerCityId,
            Map<String, String> partnerCityName, RelationshipKind kind, LocalDate agreementDate,
            LocalDate anniversaryDate, int years, Instant announcedAt) implements RelationshipWatchEvents {
    }
}
