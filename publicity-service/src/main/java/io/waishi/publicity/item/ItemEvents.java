package io.waishi.publicity.item;

import io.waishi.contracts.EventType;
import io.waishi.contracts.PublishedAs;
import io.waishi.platform.domain.LocalizedText;
import java.time.Instant;

/** What happens to content items, as partners and the other services learn it. */
public sealed interface ItemEvents {

    @PublishedAs(EventType.ITEM_DRAFTED)
    record ItemDrafted(String itemId, ItemKind kind, LocalizedText title, ItemOrigin origin, Instant draftedAt)
            implements ItemEvents {
    }
}
