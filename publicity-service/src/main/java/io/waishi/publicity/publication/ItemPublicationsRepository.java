package io.waishi.publicity.publication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

/** Where items are published (collection {@code publications}, one document per item). */
interface ItemPublicationsRepository extends MongoRepository<ItemPublications, String> {

    @Query("{ 'publications.publicationId': ?0 }")
    Optional<ItemPublications> findByPublicationId(String publicationId);

    /** Items with an embargo whose time has come. */
    @Query("{ 'publications': { $elemMatch: { 'status': 'SCHEDULED', 'scheduledAt': { $lte: ?0 } } } }")
    List<ItemPublications> findDue(Instant now);

    /** Items whose retraction was not yet noticed, to check against the items. */
    @Query(value = "{ 'retractionNoticedAt': null }", fields = "{ '_id': 1 }")
    List<ItemPublications> findRetractionNotNoticed();
}
