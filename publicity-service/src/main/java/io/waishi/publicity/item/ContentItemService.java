package io.waishi.publicity.item;

import io.waishi.platform.command.Commands;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.NotFoundException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The use cases on content items: open one, load it, let it act, save it; the list, the revisions and their
 * diff. Drafts are internal: only publicity staff, the FAO director, auditors and admins read them.
 */
@Service
public class ContentItemService {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "draftedAt");

    private final ContentItems items;
    private final Clock clock;
    private final Languages languages;

    ContentItemService(ContentItems items, Clock clock,
            @Value("${waishi.publicity.languages:zh,en,ja,ko}") String languages) {
        this.items = items;
        this.clock = clock;
        this.languages = Languages.of(Arrays.stream(languages.split(",")).map(String::strip)
                .filter(code -> !code.isEmpty()).toList());
    }

    public Languages languages() {
        return languages;
    }

    public ContentItem draft(Actor editor, ItemDraft draft) {
        return items.save(ContentItem.draft(UUID.randomUUID().toString(), editor, draft, clock.instant()));
    }

    public ContentItem get(Actor actor, String id) {
        actor.require("read content items", ContentItem.READERS);
        return items.findById(id).orElseThrow(() -> new NotFoundException("Content item", id));
    }

    /** Items matching the filters, newest first. */
    public Page<ContentItem> list(Actor actor, ItemSearch.Filter filter, int page, int size) {
        actor.require("read content items", ContentItem.READERS);
        return items.search(filter, PageRequest.of(page, size, NEWEST_FIRST));
    }

    public List<Revision> revisions(Actor actor, String id, String language) {
        return get(actor, id).version(language).revisions();
    }

    public RevisionDiff diff(Actor actor, String id, String language, int from, int to) {
        LanguageVersion version = get(actor, id).version(language);
        return RevisionDiff.between(version.language(), version.revision(from), version.revision(to));
    }

    /** Edits the version in this language, or adds it as a translation when the item has none yet. */
    public ContentItem writeVersion(Actor editor, String id, Long expectedVersion, String language, VersionText text,
            String translator) {
        return act(editor, id, expectedVersion, item -> {
            if (item.findVersion(Languages.code(language)).isPresent()) {
                item.editVersion(editor, language, text, clock.instant());
            } else {
                item.addTranslation(editor, language, text, translator, languages, clock.instant());
            }
        });
    }

    public ContentItem editVersion(Actor editor, String id, Long expectedVersion, String language, VersionText text) {
        return act(editor, id, expectedVersion, item -> item.editVersion(editor, language, text, clock.instant()));
    }

    public ContentItem addTranslation(Actor editor, String id, Long expectedVersion, String language,
            VersionText text, String translator) {
        return act(editor, id, expectedVersion,
                item -> item.addTranslation(editor, language, text, translator, languages, clock.instant()));
    }

    public ContentItem submit(Actor editor, String id, Long expectedVersion, String language) {
        return act(editor, id, expectedVersion, item -> item.submit(editor, language, clock.instant()));
    }

    public ContentItem approve(Actor reviewer, String id, Long expectedVersion, String language, String comment) {
        return act(reviewer, id, expectedVersion, item -> item.approve(reviewer, language, comment, clock.instant()));
    }

    public ContentItem sendBack(Actor reviewer, String id, Long expectedVersion, String language, String comment) {
        return act(reviewer, id, expectedVersion,
                item -> item.sendBack(reviewer, language, comment, clock.instant()));
    }

    public ContentItem retract(Actor leader, String id, Long expectedVersion, String reason) {
        return act(leader, id, expectedVersion, item -> item.retract(leader, reason, clock.instant()));
    }

    private ContentItem act(Actor actor, String id, Long expectedVersion, Consumer<ContentItem> act) {
        return Commands.onCurrentVersion(() -> get(actor, id), expectedVersion, act, items::save);
    }
}
