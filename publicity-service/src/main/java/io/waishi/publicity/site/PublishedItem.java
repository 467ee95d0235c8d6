package io.waishi.publicity.site;

import io.waishi.publicity.item.ImageRef;
import io.waishi.publicity.item.ItemKind;
import java.time.Instant;
import java.util.List;

/**
 * One item as the public sees it in one language: the text of the revision that passed the final review and
 * went out, never the current draft.
 *
 * @param body safe HTML, sanitised when it was written
 * @param revision the published revision of this language version
 * @param publishedAt when it first went out in this language (the newest publication when several channels
 *     carry it)
 */
public record PublishedItem(String id, String language, ItemKind kind, List<String> tags, String title,
        String summary, String body, List<ImageRef> images, String partnerCityId, int revision,
        Instant publishedAt) {
}
