package io.waishi.publicity.item.inbound;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.inbound.InboundEvent;
import io.waishi.publicity.item.ContentItem;
import io.waishi.publicity.item.ContentItems;
import io.waishi.publicity.item.ItemKind;
import io.waishi.publicity.item.ItemLinks;
import io.waishi.publicity.item.ItemOrigin;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Opens the draft another service's event suggests, once per event: the draft's id derives from the event id
 * and is inserted, so a redelivered event fails on the duplicate key, which the platform takes as "already
 * processed".
 */
@Component
class EventDrafts {

    private final ContentItems items;
    private final Clock clock;

    EventDrafts(ContentItems items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    void open(InboundEvent<?> event, ItemKind kind, LocalizedText title, LocalizedText summary, ItemLinks about) {
        items.insert(ContentItem.suggestedBy(event.derivedId("draft"),
                ItemOrigin.event(event.type().typeName(), event.id(), event.subject()), kind, title, summary, about,
                clock.instant()));
    }

    /** Country codes as a list for a sentence; empty when there are none. */
    static String countries(List<String> codes) {
        return codes == null ? "" : String.join(", ", codes);
    }

    /** A relationship kind of the sister-city contracts, named in Chinese. */
    static String relationshipZh(String kind) {
        return switch (kind == null ? "" : kind) {
            case "SISTER_CITY" -> "友好城市";
            case "FRIENDLY_COOPERATION" -> "友好合作城市";
            case "FRIENDLY_EXCHANGE" -> "友好交流城市";
            case "LETTER_OF_INTENT" -> "意向友好城市";
            default -> "友好城市";
        };
    }

    /** A relationship kind of the sister-city contracts, named in English. */
    static String relationshipEn(String kind) {
        return switch (kind == null ? "" : kind) {
            case "SISTER_CITY" -> "sister city";
            case "FRIENDLY_COOPERATION" -> "friendly cooperation";
            case "FRIENDLY_EXCHANGE" -> "friendly exchange";
            case "LETTER_OF_INTENT" -> "letter of intent";
            default -> "sister city";
        };
    }
}
