package io.waishi.publicity.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.publicity.item.ItemEvents.ItemDrafted;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContentItemTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final LocalizedText TITLE = LocalizedText.of("铜川周在日本", "Tongchuan Week in Japan");

    @Test
    void anEditorOpensADraft() {
        ContentItem item = ContentItem.draft("i-1", Actor.of("ma.editor", null, Role.PUBLICITY_EDITOR), ItemKind.STORY,
                TITLE, null, NOW);
        assertThat(item.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(item.draftedBy()).isEqualTo("ma.editor");
        assertThat(item.recordedEvents()).containsExactly(new ItemDrafted("i-1", ItemKind.STORY, TITLE,
                ItemOrigin.manual(), NOW));
    }

    @Test
    void onlyEditorsOpenDrafts() {
        assertThatThrownBy(() -> ContentItem.draft("i-1", Actor.of("zhou.leader", null, Role.PUBLICITY_LEADER),
                ItemKind.NEWS, TITLE, null, NOW)).isInstanceOf(ActNotPermittedException.class);
    }

    @Test
    void anEventSuggestsADraftThatRemembersItsSource() {
        ItemOrigin origin = ItemOrigin.event("waishi.travel.delegation.approved.v1", "e-1", "d-1");
        ContentItem item = ContentItem.suggestedBy("i-2", origin, ItemKind.NEWS, TITLE, null, NOW);
        assertThat(item.origin()).isEqualTo(origin);
        assertThat(item.draftedBy()).isEqualTo(ContentItem.SUGGESTED_BY_SYSTEM);
    }

    @Test
    void aSuggestionNeedsAnEvent() {
        assertThatThrownBy(() -> ContentItem.suggestedBy("i-2", ItemOrigin.manual(), ItemKind.NEWS, TITLE, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
