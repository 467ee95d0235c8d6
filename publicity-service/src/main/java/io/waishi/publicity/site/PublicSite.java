package io.waishi.publicity.site;

import io.waishi.platform.domain.NotFoundException;
import io.waishi.publicity.item.ContentItem;
import io.waishi.publicity.item.ContentItems;
import io.waishi.publicity.item.ItemKind;
import io.waishi.publicity.item.ItemStatus;
import io.waishi.publicity.item.LanguageVersion;
import io.waishi.publicity.item.Languages;
import io.waishi.publicity.item.Tags;
import io.waishi.publicity.item.VersionText;
import io.waishi.publicity.publication.ItemPublications;
import io.waishi.publicity.publication.Publication;
import io.waishi.publicity.publication.PublicationStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * What the public may read: items with a publication in a language that is on a channel now, not retracted,
 * each with the text of the revision that went out. A retracted item disappears at once, before the
 * scheduled-publishing pass withdraws its publications.
 */
@Service
public class PublicSite {

    /** Newest publication first; ties by id so pages are stable. */
    private static final Comparator<PublishedItem> NEWEST_FIRST = Comparator
            .comparing(PublishedItem::publishedAt, Comparator.reverseOrder()).thenComparing(PublishedItem::id);

    private final MongoTemplate mongo;
    private final ContentItems items;

    PublicSite(MongoTemplate mongo, ContentItems items) {
        this.mongo = mongo;
        this.items = items;
    }

    /** What the public asks for; every filter optional but the language. */
    public record Filter(String language, ItemKind kind, String tag, String partnerCityId) {

        public Filter {
            language = Languages.code(language);
            List<String> tags = tag == null ? List.of() : Tags.normalised(List.of(tag));
            tag = tags.isEmpty() ? null : tags.get(0);
            partnerCityId = partnerCityId == null || partnerCityId.isBlank() ? null : partnerCityId.strip();
        }

        boolean matches(PublishedItem item) {
            return (kind == null || kind == item.kind())
                    && (tag == null || item.tags().contains(tag))
                    && (partnerCityId == null || partnerCityId.equals(item.partnerCityId()));
        }
    }

    /** One page of what is published, newest first, and how many there are in all. */
    public record Found(List<PublishedItem> items, long total) {
    }

    public Found list(Filter filter, int page, int size) {
        List<PublishedItem> all = published(filter.language(), null).stream().filter(filter::matches)
                .sorted(NEWEST_FIRST).toList();
        long from = Math.min((long) page * size, all.size());
        return new Found(all.subList((int) from, (int) Math.min(from + size, all.size())), all.size());
    }

    /** The latest {@code count} items published in a language. */
    public List<PublishedItem> latest(String language, int count) {
        return published(Languages.code(language), null).stream().sorted(NEWEST_FIRST).limit(count).toList();
    }

    /** One item as published in a language; 404 when it is not (or no longer) published there. */
    public PublishedItem item(String id, String language) {
        String code = Languages.code(language);
        return published(code, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Published item", id + "/" + code));
    }

    private List<PublishedItem> published(String language, String onlyId) {
        Criteria onChannel = Criteria.where("publications").elemMatch(
                Criteria.where("status").is(PublicationStatus.PUBLISHED.name()).and("language").is(language));
        Query query = Query.query(onlyId == null ? onChannel : new Criteria().andOperator(
                Criteria.where("_id").is(onlyId), onChannel));
        Map<String, Publication> latestByItem = mongo.find(query, ItemPublications.class).stream()
                .flatMap(item -> latestPublished(item, language).map(p -> Map.entry(item.itemId(), p)).stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (latestByItem.isEmpty()) {
            return List.of();
        }
        Map<String, ContentItem> found = new java.util.HashMap<>();
        items.findAllById(latestByItem.keySet()).forEach(item -> found.put(item.id(), item));
        List<PublishedItem> visible = new ArrayList<>();
        latestByItem.forEach((itemId, publication) -> Optional.ofNullable(found.get(itemId))
                .filter(item -> item.status() != ItemStatus.RETRACTED)
                .flatMap(item -> view(item, language, publication))
                .ifPresent(visible::add));
        return visible;
    }

    private static Optional<Publication> latestPublished(ItemPublications item, String language) {
        return item.publications().stream()
                .filter(p -> p.status() == PublicationStatus.PUBLISHED && language.equals(p.language())
                        && p.revision() != null && p.publishedAt() != null)
                .max(Comparator.comparing(Publication::publishedAt));
    }

    private static Optional<PublishedItem> view(ContentItem item, String language, Publication publication) {
        Optional<LanguageVersion> version = item.findVersion(language);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        int revision = publication.revision();
        Optional<VersionText> text = version.get().revisions().stream().filter(r -> r.number() == revision)
                .map(io.waishi.publicity.item.Revision::text).findFirst();
        return text.map(t -> new PublishedItem(item.id(), language, item.kind(), item.tags(), t.title(),
                t.summary(), t.body(), item.images(), item.about().partnerCityId(), revision,
                publication.publishedAt()));
    }
}
