package io.waishi.sistercity.care;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The office's watches over relationships, one per relationship (same id). */
public interface RelationshipWatches extends MongoRepository<RelationshipWatch, String> {

    List<RelationshipWatch> findByAtRiskTrue();
}
