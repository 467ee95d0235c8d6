package io.waishi.publicity.item;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** All content items. */
public interface ContentItems extends MongoRepository<ContentItem, String> {

    Page<ContentItem> findByStatus(ItemStatus status, Pageable pageable);
}
