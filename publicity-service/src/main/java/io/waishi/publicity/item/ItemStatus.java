package io.waishi.publicity.item;

/**
 * The states of a content item as a whole. Its language versions each go through the three reviews on their
 * own ({@link io.waishi.publicity.review.Review}) and are published per channel and language
 * ({@code publication.ItemPublications}); the item itself is a draft until a leader retracts it.
 */
public enum ItemStatus {
    /** Being written, translated and reviewed. */
    DRAFT,
    /** Hidden by a publicity leader, with the reason; its history is kept. */
    RETRACTED
}
