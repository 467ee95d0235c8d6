package io.waishi.publicity.publication;

import io.waishi.platform.command.Commands;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.publicity.item.ContentItem;
import io.waishi.publicity.item.ContentItemService;
import io.waishi.publicity.item.ContentItems;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** Publishing items on the office's channels, now or at an embargo (times in the office zone). */
@Service
public class PublicationService {

    private final ItemPublicationsRepository publications;
    private final ContentItems items;
    private final ContentItemService itemService;
    private final Clock clock;
    private final ZoneId officeZone;

    PublicationService(ItemPublicationsRepository publications, ContentItems items, ContentItemService itemService,
            Clock clock, @Value("${waishi.publicity.office-zone:Asia/Shanghai}") String officeZone) {
        this.publications = publications;
        this.items = items;
        this.itemService = itemService;
        this.clock = clock;
        this.officeZone = ZoneId.of(officeZone);
    }

    public ZoneId officeZone() {
        return officeZone;
    }

    /** Publishes now ({@code at} null) or schedules; returns the item's publications with the new one. */
    public Result publish(Actor editor, String itemId, Channel channel, String language, Instant at) {
        ContentItem item = itemService.get(editor, itemId);
        for (int attempt = 1; ; attempt++) {
            ItemPublications current = publications.findById(itemId).orElseGet(() -> ItemPublications.of(itemId));
            Publication publication = current.publish(editor, item, channel, language, at, clock.instant());
            try {
                return new Result(publications.save(current), publication.publicationId());
            } catch (OptimisticLockingFailureException | DuplicateKeyException changedMeanwhile) {
                if (attempt == Commands.ATTEMPTS_WITHOUT_IF_MATCH) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    public ItemPublications of(Actor reader, String itemId) {
        itemService.get(reader, itemId);
        return publications.findById(itemId).orElseGet(() -> ItemPublications.of(itemId));
    }

    public Result withdraw(Actor editor, String publicationId, Long expectedVersion) {
        ItemPublications saved = Commands.onCurrentVersion(() -> {
            ItemPublications found = publications.findByPublicationId(publicationId)
                    .orElseThrow(() -> new NotFoundException("Publication", publicationId));
            itemService.get(editor, found.itemId());
            return found;
        }, expectedVersion, current -> current.withdraw(editor, publicationId, clock.instant()), publications::save);
        return new Result(saved, publicationId);
    }

    /**
     * One pass of scheduled publishing: embargoes whose time has come go out, items retracted meanwhile are
     * withdrawn. Idempotent: a second pass finds nothing to do.
     *
     * @return how many items changed
     */
    public int publishDue() {
        Instant now = clock.instant();
        Set<String> candidates = new HashSet<>();
        publications.findDue(now).forEach(p -> candidates.add(p.id()));
        List<String> open = publications.findRetractionNotNoticed().stream().map(ItemPublications::id).toList();
        items.findAllById(open).forEach(item -> {
            if (item.status() == io.waishi.publicity.item.ItemStatus.RETRACTED) {
                candidates.add(item.id());
            }
        });
        int changed = 0;
        for (String itemId : candidates) {
            ContentItem item = items.findById(itemId).orElse(null);
            ItemPublications current = publications.findById(itemId).orElse(null);
            if (item == null || current == null) {
                continue;
            }
            try {
                if (current.catchUp(item, now)) {
                    publications.save(current);
                    changed++;
                }
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // an editor acted on the item meanwhile: the next pass sees it as it is then
            }
        }
        return changed;
    }

    /** The item's publications as saved, and the one the command was about. */
    public record Result(ItemPublications publications, String publicationId) {

        public Publication publication() {
            return publications.publication(publicationId);
        }
    }
}
