package io.waishi.publicity.item;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import java.time.Instant;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A piece of external publicity, from draft to (in the publicity issue) three reviews and publication.
 */
@Document("items")
public class ContentItem extends AggregateRoot {

    /** The name editors see when a draft was opened by the system from another service's event. */
    public static final String SUGGESTED_BY_SYSTEM = "system";

    private final ItemKind kind;
    private final LocalizedText title;
    private final LocalizedText summary;
    private ItemStatus status;
    private final ItemOrigin origin;
    private final String draftedBy;
    private final Instant draftedAt;

    @PersistenceCreator
    ContentItem(String id, Long version, ItemKind kind, LocalizedText title, LocalizedText summary, ItemStatus status,
            ItemOrigin origin, String draftedBy, Instant draftedAt) {
        super(id, version);
        this.kind = kind;
        this.title = title;
        this.summary = summary;
        this.status = status;
        this.origin = origin;
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
    }

    /** An editor opens a draft. */
    public static ContentItem draft(String id, Actor editor, ItemKind kind, LocalizedText title, LocalizedText summary,
            Instant now) {
        editor.require("draft a content item", Role.PUBLICITY_EDITOR);
        return opened(id, kind, title, summary, ItemOrigin.manual(), editor.userId(), now);
    }

    /**
     * Another service's event suggests a story: a draft pre-filled with its facts, waiting for an editor.
     *
     * @param id derived from the source event, so one event can never open two drafts
     */
    public static ContentItem suggestedBy(String id, ItemOrigin origin, ItemKind kind, LocalizedText title,
            LocalizedText summary, Instant now) {
        if (origin.kind() != ItemOrigin.Kind.EVENT) {
            throw new IllegalArgumentException("A suggested draft comes from an event");
        }
        return opened(id, kind, title, summary, origin, SUGGESTED_BY_SYSTEM, now);
    }

    private static ContentItem opened(String id, ItemKind kind, LocalizedText title, LocalizedText summary,
            ItemOrigin origin, String by, Instant now) {
        if (kind == null || title == null) {
            throw new IllegalArgumentException("A content item needs a kind and a title");
        }
        ContentItem item = new ContentItem(id, null, kind, title, summary, ItemStatus.DRAFT, origin, by, now);
        item.record(new ItemEvents.ItemDrafted(id, kind, title, origin, now));
        return item;
    }

    public ItemKind kind() {
        return kind;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText summary() {
        return summary;
    }

    public ItemStatus status() {
        return status;
    }

    public ItemOrigin origin() {
        return origin;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public Instant draftedAt() {
        return draftedAt;
    }
}
