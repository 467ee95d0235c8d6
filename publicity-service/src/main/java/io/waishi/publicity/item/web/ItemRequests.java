package io.waishi.publicity.item.web;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.publicity.item.ContentItem;
import io.waishi.publicity.item.ImageRef;
import io.waishi.publicity.item.ItemDraft;
import io.waishi.publicity.item.ItemHistory;
import io.waishi.publicity.item.ItemKind;
import io.waishi.publicity.item.ItemLinks;
import io.waishi.publicity.item.ItemOrigin;
import io.waishi.publicity.item.ItemStatus;
import io.waishi.publicity.item.LanguageVersion;
import io.waishi.publicity.item.Revision;
import io.waishi.publicity.item.VersionText;
import io.waishi.publicity.review.Review;
import io.waishi.publicity.review.ReviewDecision;
import io.waishi.publicity.review.ReviewStep;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The request and response bodies of the content-item API. */
final class ItemRequests {

    private ItemRequests() {
    }

    record TextRequest(@NotBlank @Size(max = VersionText.MAX_TITLE) String title,
            @Size(max = VersionText.MAX_SUMMARY) String summary, @Size(max = VersionText.MAX_BODY) String body) {

        VersionText toText() {
            return VersionText.of(title, summary, body);
        }
    }

    record Caption(@NotBlank @Size(max = 500) String zh, @Size(max = 500) String en) {
    }

    record ImageRequest(@NotBlank @Size(max = 2000) String ref, @Valid Caption caption,
            @Size(max = 200) String credit) {

        ImageRef toImage() {
            return new ImageRef(ref, caption == null ? null : LocalizedText.of(caption.zh(), caption.en()), credit);
        }
    }

    record AboutRequest(@Size(max = 100) String partnerCityId, @Size(max = 100) String visitId,
            @Size(max = 100) String delegationId) {
    }

    record CreateItem(@NotNull ItemKind kind, @Size(max = 20) List<@NotBlank @Size(max = 40) String> tags,
            @Size(max = 30) List<@Valid @NotNull ImageRequest> images, @Valid AboutRequest about,
            @NotNull @Valid TextRequest zh) {

        ItemDraft toDraft() {
            return new ItemDraft(kind, tags, images == null ? null : images.stream().map(ImageRequest::toImage).toList(),
                    about == null ? null : new ItemLinks(about.partnerCityId(), about.visitId(), about.delegationId()),
                    zh.toText());
        }
    }

    /** The text of a version; {@code translator} is needed when the request adds a translation. */
    record VersionRequest(@NotBlank @Size(max = VersionText.MAX_TITLE) String title,
            @Size(max = VersionText.MAX_SUMMARY) String summary, @Size(max = VersionText.MAX_BODY) String body,
            @Size(max = 100) String translator) {

        VersionText toText() {
            return VersionText.of(title, summary, body);
        }
    }

    record ApproveRequest(@Size(max = 2000) String comment) {
    }

    record SendBackRequest(@NotBlank @Size(max = 2000) String comment) {
    }

    record RetractRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record ReviewView(Review.State state, ReviewStep step, int revision, List<ReviewDecision> decisions) {

        static ReviewView of(Review review) {
            return new ReviewView(review.state(), review.step(), review.revision(), review.decisions());
        }
    }

    record VersionView(String language, boolean source, String title, String summary, String body,
            String translator, int revision, ReviewView review, boolean publishable) {

        static VersionView of(ContentItem item, LanguageVersion version) {
            VersionText text = version.text();
            return new VersionView(version.language(), version.isSource(), text.title(), text.summary(), text.body(),
                    version.translator(), version.review().revision(), ReviewView.of(version.review()),
                    item.publishable(version.language()));
        }
    }

    record ItemView(String id, ItemKind kind, LocalizedText title, LocalizedText summary, ItemStatus status,
            List<String> tags, List<ImageRef> images, ItemLinks about, List<VersionView> versions,
            ItemOrigin origin, String draftedBy, Instant draftedAt, String retractionReason,
            List<ItemHistory> history, long version) {

        static ItemView of(ContentItem item) {
            return new ItemView(item.id(), item.kind(), item.title(), item.summary(), item.status(), item.tags(),
                    item.images(), item.about(),
                    item.versions().stream().map(version -> VersionView.of(item, version)).toList(), item.origin(),
                    item.draftedBy(), item.draftedAt(), item.retractionReason(), item.history(),
                    item.version() == null ? 0 : item.version());
        }
    }

    record RevisionView(int number, String by, Instant at, String title, String summary, String body) {

        static RevisionView of(Revision revision) {
            return new RevisionView(revision.number(), revision.by(), revision.at(), revision.text().title(),
                    revision.text().summary(), revision.text().body());
        }
    }
}
