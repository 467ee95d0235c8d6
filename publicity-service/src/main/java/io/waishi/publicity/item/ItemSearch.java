package io.waishi.publicity.item;

import io.waishi.publicity.review.ReviewStep;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Items by any combination of kind, tag, state, language, partner city and words in a title. */
public interface ItemSearch {

    /**
     * The filters staff search by; a null filter matches every item.
     *
     * @param q words that occur in a title of any language version, taken literally (no pattern)
     */
    /**
     * @param waitingFor items with a version waiting at this review step (in the given language, when one is
     *                   given): a reviewer's queue
     */
    record Filter(ItemKind kind, String tag, ItemStatus state, String language, String partnerCityId, String q,
            ReviewStep waitingFor) {

        public static final Filter ALL = new Filter(null, null, null, null, null, null, null);
    }

    Page<ContentItem> search(Filter filter, Pageable pageable);
}
