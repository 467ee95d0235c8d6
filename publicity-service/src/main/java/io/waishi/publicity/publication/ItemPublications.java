package io.waishi.publicity.publication;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.publicity.item.ContentItem;
import io.waishi.publicity.item.ItemHistory;
import io.waishi.publicity.item.ItemStatus;
import io.waishi.publicity.item.LanguageVersion;
import io.waishi.publicity.item.Languages;
import io.waishi.publicity.publication.Publication.Withdrawal;
import io.waishi.publicity.publication.PublicationEvents.ItemPublished;
import io.waishi.publicity.publication.PublicationEvents.ItemRetracted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where one content item is published: one {@link Publication} per channel and language (the document id is
 * the item id, so its events are keyed by the item). Only a version that passed the final review goes out
 * (先审后发), only on a channel that takes its language, once; an embargo is published when its time comes.
 * When the leader retracts the item, everything still on a channel is withdrawn and the retraction announced
 * once.
 */
@Document("publications")
public class ItemPublications extends AggregateRoot {

    private final List<Publication> publications;
    private Instant retractionNoticedAt;

    @PersistenceCreator
    ItemPublications(String id, Long version, List<Publication> publications, Instant retractionNoticedAt) {
        super(id, version);
        this.publications = publications == null ? new ArrayList<>() : new ArrayList<>(publications);
        this.retractionNoticedAt = retractionNoticedAt;
    }

    /** An item not yet on any channel. */
    public static ItemPublications of(String itemId) {
        return new ItemPublications(itemId, null, null, null);
    }

    /**
     * An editor publishes a version on a channel now ({@code at} null) or schedules it for {@code at}. All the
     * rules are checked together.
     */
    public Publication publish(Actor editor, ContentItem item, Channel channel, String language, Instant at,
            Instant now) {
        editor.require("publish a content item", Role.PUBLICITY_EDITOR);
        requireItem(item);
        if (item.status() == ItemStatus.RETRACTED) {
            throw new ActNotAllowedInStateException("publish", ItemStatus.RETRACTED.name());
        }
        String code = Languages.code(language);
        List<RuleViolation> violations = new ArrayList<>();
        Optional<LanguageVersion> version = item.findVersion(code);
        if (!item.publishable(code)) {
            violations.add(PublicationRules.notFinallyReviewed(code,
                    version.map(v -> v.review().state().name()).orElse("NONE")));
        }
        if (!channel.takes(code)) {
            violations.add(PublicationRules.channelLanguageNotTaken(channel, code));
        }
        live(channel, code).ifPresent(existing ->
                violations.add(PublicationRules.alreadyOnChannel(channel, code, existing.status())));
        if (at != null && !at.isAfter(now)) {
            violations.add(PublicationRules.scheduleNotInFuture(at));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        int revision = version.orElseThrow().review().revision();
        Publication publication = new Publication(UUID.randomUUID().toString(), channel, code, revision,
                PublicationStatus.SCHEDULED, at == null ? now : at, null, editor.userId(), null, null, null);
        publications.add(publication);
        if (at == null) {
            goOut(publication, item, revision, now);
        }
        return publication;
    }

    /** An editor takes a publication off its channel, or unschedules it. */
    public Publication withdraw(Actor editor, String publicationId, Instant now) {
        editor.require("withdraw a publication", Role.PUBLICITY_EDITOR);
        Publication publication = publication(publicationId);
        if (!publication.live()) {
            throw new ActNotAllowedInStateException("withdraw", publication.status().name());
        }
        publication.withdrawn(Withdrawal.UNSCHEDULED, editor.userId(), now);
        return publication;
    }

    /**
     * One pass of scheduled publishing for this item as it is now: after a retraction everything still on a
     * channel is withdrawn and the retraction announced once; otherwise the embargoes whose time has come go
     * out, with the revision that passed the final review. A version being corrected waits until it is
     * approved again.
     *
     * @return whether anything changed
     */
    public boolean catchUp(ContentItem item, Instant now) {
        requireItem(item);
        if (item.status() == ItemStatus.RETRACTED) {
            return noticeRetraction(item, now);
        }
        boolean changed = false;
        for (Publication publication : publications) {
            if (publication.due(now) && item.publishable(publication.language())) {
                goOut(publication, item, item.version(publication.language()).review().revision(), now);
                changed = true;
            }
        }
        return changed;
    }

    private boolean noticeRetraction(ContentItem item, Instant now) {
        if (retractionNoticedAt != null) {
            return false;
        }
        for (Publication publication : publications) {
            if (publication.live()) {
                publication.withdrawn(Withdrawal.ITEM_RETRACTED, null, now);
            }
        }
        Instant retractedAt = item.history().stream().filter(h -> h.act() == ItemHistory.Act.RETRACTED)
                .map(ItemHistory::at).reduce((first, last) -> last).orElse(now);
        retractionNoticedAt = now;
        record(new ItemRetracted(id(), item.retractionReason(), retractedAt));
        return true;
    }

    private void goOut(Publication publication, ContentItem item, int revision, Instant now) {
        publication.published(revision, now);
        record(new ItemPublished(id(), publication.publicationId(), publication.channel(), publication.language(),
                item.title(), item.kind(), item.about().partnerCityId(), now));
    }

    private Optional<Publication> live(Channel channel, String language) {
        return publications.stream().filter(p -> p.live() && p.channel() == channel
                && p.language().equals(language)).findFirst();
    }

    private void requireItem(ContentItem item) {
        if (!id().equals(item.id())) {
            throw new IllegalArgumentException("Publications of " + id() + " are not those of " + item.id());
        }
    }

    public Publication publication(String publicationId) {
        return publications.stream().filter(p -> p.publicationId().equals(publicationId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Publication", publicationId));
    }

    public String itemId() {
        return id();
    }

    public List<Publication> publications() {
        return List.copyOf(publications);
    }

    public Instant retractionNoticedAt() {
        return retractionNoticedAt;
    }
}
