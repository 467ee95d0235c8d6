package io.waishi.publicity.item;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.publicity.item.ItemHistory.Act;
import io.waishi.publicity.review.Review;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A piece of external publicity: its kind, keywords, images and what it is about, written in Chinese and
 * translated into the office's languages. Each language version has its own revisions and passes the three
 * reviews (三审) on its own; only a version that passed the final review is publishable (先审后发). Changing an
 * approved version is a correction: a new revision, reviewed again. A leader may retract the whole item,
 * which hides it and keeps its history.
 */
@Document("items")
public class ContentItem extends AggregateRoot {

    /** The name editors see when a draft was opened by the system from another service's event. */
    public static final String SUGGESTED_BY_SYSTEM = "system";

    /** Who reads items: publicity staff, the FAO director, auditors and admins. */
    public static final Role[] READERS = {Role.PUBLICITY_EDITOR, Role.PUBLICITY_SECTION_HEAD, Role.PUBLICITY_LEADER,
        Role.FAO_DIRECTOR, Role.AUDITOR, Role.ADMIN};

    private final ItemKind kind;
    private final List<String> tags;
    private final List<ImageRef> images;
    private final ItemLinks about;
    private final List<LanguageVersion> versions;
    private ItemStatus status;
    private final ItemOrigin origin;
    private final String draftedBy;
    private final Instant draftedAt;
    private String retractionReason;
    private final List<ItemHistory> history;

    @PersistenceCreator
    ContentItem(String id, Long version, ItemKind kind, List<String> tags, List<ImageRef> images, ItemLinks about,
            List<LanguageVersion> versions, ItemStatus status, ItemOrigin origin, String draftedBy, Instant draftedAt,
            String retractionReason, List<ItemHistory> history) {
        super(id, version);
        this.kind = kind;
        this.tags = tags == null ? List.of() : List.copyOf(tags);
        this.images = images == null ? List.of() : List.copyOf(images);
        this.about = about == null ? ItemLinks.NONE : about;
        this.versions = versions == null ? new ArrayList<>() : new ArrayList<>(versions);
        this.status = status;
        this.origin = origin;
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
        this.retractionReason = retractionReason;
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
    }

    /** An editor opens an item with its Chinese text. */
    public static ContentItem draft(String id, Actor editor, ItemDraft draft, Instant now) {
        editor.require("draft a content item", Role.PUBLICITY_EDITOR);
        ContentItem item = new ContentItem(id, null, draft.kind(), draft.tags(), draft.images(), draft.about(),
                List.of(LanguageVersion.written(Languages.SOURCE, draft.chinese(), null, editor.userId(), now)),
                ItemStatus.DRAFT, ItemOrigin.manual(), editor.userId(), now, null, null);
        item.history.add(new ItemHistory(Act.DRAFTED, Languages.SOURCE, editor.userId(), now, null, 1));
        item.recordDrafted(now);
        return item;
    }

    /**
     * Another service's event suggests a story: a draft pre-filled with its facts (in Chinese, and in English
     * when the event has it), waiting for an editor.
     *
     * @param id derived from the source event, so one event can never open two drafts
     */
    public static ContentItem suggestedBy(String id, ItemOrigin origin, ItemKind kind, LocalizedText title,
            LocalizedText summary, ItemLinks about, Instant now) {
        if (origin.kind() != ItemOrigin.Kind.EVENT) {
            throw new IllegalArgumentException("A suggested draft comes from an event");
        }
        if (kind == null || title == null) {
            throw new IllegalArgumentException("A content item needs a kind and a title");
        }
        List<LanguageVersion> versions = new ArrayList<>();
        versions.add(LanguageVersion.written(Languages.SOURCE,
                VersionText.of(title.zh(), summary == null ? null : summary.zh(), null), null, SUGGESTED_BY_SYSTEM, now));
        if (title.en() != null) {
            versions.add(LanguageVersion.written("en",
                    VersionText.of(title.en(), summary == null ? null : summary.en(), null), SUGGESTED_BY_SYSTEM,
                    SUGGESTED_BY_SYSTEM, now));
        }
        ContentItem item = new ContentItem(id, null, kind, null, null, about, versions, ItemStatus.DRAFT, origin,
                SUGGESTED_BY_SYSTEM, now, null, null);
        item.history.add(new ItemHistory(Act.SUGGESTED, null, SUGGESTED_BY_SYSTEM, now, origin.eventType(), 1));
        item.recordDrafted(now);
        return item;
    }

    private void recordDrafted(Instant now) {
        record(new ItemEvents.ItemDrafted(id(), kind, title(), origin, now));
    }

    /**
     * An editor changes a version's text: the new revision is kept and the version is reviewed from the start.
     * Changing an approved version is a correction.
     */
    public void editVersion(Actor editor, String language, VersionText text, Instant now) {
        requireOpen("edit a language version");
        editor.require("edit a language version", Role.PUBLICITY_EDITOR);
        LanguageVersion version = version(language);
        boolean correction = version.passedFinalReview();
        if (version.revise(text, editor.userId(), now)) {
            history.add(new ItemHistory(correction ? Act.CORRECTED : Act.EDITED, version.language(), editor.userId(),
                    now, null, version.review().revision()));
        }
    }

    /** An editor adds a translation into one of the office's languages, with who translated it. */
    public void addTranslation(Actor editor, String language, VersionText text, String translator,
            Languages offered, Instant now) {
        requireOpen("add a translation");
        editor.require("add a translation", Role.PUBLICITY_EDITOR);
        String code = Languages.code(language);
        List<io.waishi.platform.domain.RuleViolation> violations = new ArrayList<>();
        if (!offered.offers(code) || Languages.SOURCE.equals(code)) {
            violations.add(ItemRules.languageNotOffered(code, offered.codes()));
        }
        if (findVersion(code).isPresent()) {
            violations.add(ItemRules.versionExists(code));
        }
        if (translator == null || translator.isBlank()) {
            violations.add(ItemRules.translatorNeeded(code));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        versions.add(LanguageVersion.written(code, text, translator.strip(), editor.userId(), now));
        history.add(new ItemHistory(Act.TRANSLATED, code, editor.userId(), now, translator.strip(), 1));
    }

    /** An editor submits a version's current revision to the first review. */
    public void submit(Actor editor, String language, Instant now) {
        requireOpen("submit for review");
        LanguageVersion version = version(language);
        version.review().submit(editor, now);
        history.add(new ItemHistory(Act.SUBMITTED, version.language(), editor.userId(), now, null,
                version.review().revision()));
    }

    /** The reviewer of the version's current step approves it; after the final review it is publishable. */
    public void approve(Actor reviewer, String language, String comment, Instant now) {
        requireOpen("approve");
        LanguageVersion version = version(language);
        version.review().approve(reviewer, comment, now);
        history.add(new ItemHistory(Act.APPROVED, version.language(), reviewer.userId(), now, blankToNull(comment),
                version.review().revision()));
    }

    /** The reviewer of the version's current step sends it back to the editor, with comments. */
    public void sendBack(Actor reviewer, String language, String comment, Instant now) {
        requireOpen("send back");
        LanguageVersion version = version(language);
        version.review().sendBack(reviewer, comment, now);
        history.add(new ItemHistory(Act.SENT_BACK, version.language(), reviewer.userId(), now, comment.strip(),
                version.review().revision()));
    }

    /** A publicity leader retracts the whole item, saying why: it is hidden, its history kept. */
    public void retract(Actor leader, String reason, Instant now) {
        requireOpen("retract");
        leader.require("retract a content item", Role.PUBLICITY_LEADER);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(List.of(ItemRules.reasonNeeded()));
        }
        status = ItemStatus.RETRACTED;
        retractionReason = reason.strip();
        history.add(new ItemHistory(Act.RETRACTED, null, leader.userId(), now, retractionReason, null));
    }

    /** Whether a language version may be published: it passed the final review and the item is not retracted. */
    public boolean publishable(String language) {
        return status != ItemStatus.RETRACTED
                && findVersion(language).map(LanguageVersion::passedFinalReview).orElse(false);
    }

    private void requireOpen(String act) {
        if (status != ItemStatus.DRAFT) {
            throw new ActNotAllowedInStateException(act, status.name());
        }
    }

    /** The version in this language; 404 when the item has none. */
    public LanguageVersion version(String language) {
        String code = Languages.code(language);
        return findVersion(code).orElseThrow(() -> new NotFoundException("Language version", id() + "/" + code));
    }

    public Optional<LanguageVersion> findVersion(String language) {
        return versions.stream().filter(v -> v.language().equals(language)).findFirst();
    }

    /** The title in Chinese and, when translated, English. */
    public LocalizedText title() {
        return LocalizedText.of(version(Languages.SOURCE).text().title(),
                findVersion("en").map(v -> v.text().title()).orElse(null));
    }

    /** The summary in Chinese and, when translated, English; null without a Chinese summary. */
    public LocalizedText summary() {
        String zh = version(Languages.SOURCE).text().summary();
        return zh == null ? null
                : LocalizedText.of(zh, findVersion("en").map(v -> v.text().summary()).orElse(null));
    }

    public ItemKind kind() {
        return kind;
    }

    public List<String> tags() {
        return tags;
    }

    public List<ImageRef> images() {
        return images;
    }

    public ItemLinks about() {
        return about;
    }

    public List<LanguageVersion> versions() {
        return List.copyOf(versions);
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

    public String retractionReason() {
        return retractionReason;
    }

    public List<ItemHistory> history() {
        return List.copyOf(history);
    }

    /** The review of one version, for views. */
    public Review review(String language) {
        return version(language).review();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
