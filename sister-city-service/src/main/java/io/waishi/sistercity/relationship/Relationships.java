package io.waishi.sistercity.relationship;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** All relationships with partner cities. */
public interface Relationships extends MongoRepository<Relationship, String> {

    Page<Relationship> findByPartnerCityId(String partnerCityId, Pageable pageable);

    Page<Relationship> findByStage(RelationshipStage stage, Pageable pageable);

    List<Relationship> findByPartnerCityIdIn(Collection<String> partnerCityIds);

    Page<Relationship> findByPartnerCityIdAndStage(String partnerCityId, RelationshipStage stage, Pageable pageable);
}
