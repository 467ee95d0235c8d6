package io.waishi.publicity.item;

import org.springframework.data.mongodb.repository.MongoRepository;

/** All content items (collection {@code items}), searched by {@link ItemSearch}. */
public interface ContentItems extends MongoRepository<ContentItem, String>, ItemSearch {
}
