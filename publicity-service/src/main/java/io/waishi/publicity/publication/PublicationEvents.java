package io.waishi.publicity.publication;

import io.waishi.contracts.EventType;
import io.waishi.contracts.PublishedAs;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.publicity.item.ItemKind;
import java.time.Instant;

/** What partners and the other services learn about publishing, keyed by the item id. */
public sealed interface PublicationEvents {

    @PublishedAs(EventType.ITEM_PUBLISHED)
    record ItemPublished(String itemId, String publicationId, Channel channel, String language, LocalizedText title,
            ItemKind kind, String partnerCityId, Instant publishedAt) implements PublicationEvents {
    }

    @PublishedAs(EventType.ITEM_RETRACTED)
    record ItemRetracted(String itemId, String reason, Instant retractedAt) implements PublicationEvents {
    }
}
