package io.waishi.travel.partner;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Travel's read model of the city's relationships with its partner cities, kept from sister-city-service's
 * announcements: what the agreement rule asks — is there a nationally approved relationship with this
 * partner now.
 */
@Component
public class PartnerRelationships {

    private final MongoTemplate mongo;

    PartnerRelationships(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Applies a stage change in one document write: an update of the relationship when the change is not older
     * than the one applied and not that same announcement, else the insert of a relationship not yet known. A
     * redelivered or older announcement finds the relationship already there and changes nothing.
     *
     * @return whether the change was applied
     */
    public boolean apply(RelationshipStageChange change) {
        Query notNewer = new Query(Criteria.where("_id").is(change.relationshipId())
                .and("lastEventId").ne(change.eventId())
                .and("changedAt").lte(change.changedAt()));
        Update update = new Update()
                .set("partnerCityId", change.partnerCityId())
                .set("kind", change.kind())
                .set("stage", change.toStage())
                .set("nationallyApproved", PartnerRelationship.isNationallyApproved(change.toStage()))
                .set("changedAt", change.changedAt())
                .set("lastEventId", change.eventId());
        if (change.cpaffcReference() != null) {
            update.set("cpaffcReference", change.cpaffcReference());
        }
        if (mongo.updateFirst(notNewer, update, PartnerRelationship.class).getMatchedCount() > 0) {
            return true;
        }
        try {
            mongo.insert(new PartnerRelationship(change.relationshipId(), change.partnerCityId(), change.kind(),
                    change.toStage(), PartnerRelationship.isNationallyApproved(change.toStage()),
                    change.cpaffcReference(), change.changedAt(), change.eventId()));
            return true;
        } catch (DuplicateKeyException alreadyNewerOrSame) {
            return false;
        }
    }

    /** Every relationship known with the partner, the latest change first. */
    public List<PartnerRelationship> with(String partnerCityId) {
        return mongo.find(new Query(Criteria.where("partnerCityId").is(partnerCityId)), PartnerRelationship.class)
                .stream().sorted(Comparator.comparing(PartnerRelationship::changedAt).reversed()).toList();
    }

    /**
     * The relationship that counts for the partner: the nationally approved one if there is one now, else the
     * one that changed last; empty when none is known.
     */
    public Optional<PartnerRelationship> standingWith(String partnerCityId) {
        List<PartnerRelationship> relationships = with(partnerCityId);
        return relationships.stream().filter(PartnerRelationship::nationallyApproved).findFirst()
                .or(() -> relationships.stream().findFirst());
    }
}
