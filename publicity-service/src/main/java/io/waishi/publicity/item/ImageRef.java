package io.waishi.publicity.item;

import io.waishi.platform.domain.LocalizedText;

/**
 * An image the item shows, by reference to where the office keeps it (a media library key or an https
 * address), with its caption and credit.
 */
public record ImageRef(String ref, LocalizedText caption, String credit) {

    public ImageRef {
        if (ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("An image needs its reference");
        }
        ref = ref.strip();
        String lower = ref.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains(":") && !lower.startsWith("https://")) {
            throw new IllegalArgumentException("An image is referenced by key or by an https address");
        }
        credit = credit == null || credit.isBlank() ? null : credit.strip();
    }
}
