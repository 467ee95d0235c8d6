package io.waishi.publicity.item;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import java.time.Clock;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The use cases on content items. Drafts are internal: only publicity staff, auditors and admins read them. */
@Service
public class ContentItemService {

    private static final Role[] READERS = {Role.PUBLICITY_EDITOR, Role.PUBLICITY_SECTION_HEAD, Role.PUBLICITY_LEADER,
        Role.AUDITOR, Role.ADMIN};

    private final ContentItems items;
    private final Clock clock;

    ContentItemService(ContentItems items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    public ContentItem draft(Actor editor, ItemKind kind, LocalizedText title, LocalizedText summary) {
        return items.save(ContentItem.draft(UUID.randomUUID().toString(), editor, kind, title, summary, clock.instant()));
    }

    public ContentItem get(Actor actor, String id) {
        actor.require("read content items", READERS);
        return items.findById(id).orElseThrow(() -> new NotFoundException("Content item", id));
    }

    public Page<ContentItem> list(Actor actor, ItemStatus status, Pageable page) {
        actor.require("read content items", READERS);
        return status == null ? items.findAll(page) : items.findByStatus(status, page);
    }
}
