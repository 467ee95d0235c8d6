package io.waishi.publicity.item;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.PublicWebAddress;
import java.util.Locale;

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
        if (ref.contains(":")) {
            if (!ref.toLowerCase(Locale.ROOT).startsWith("https://")) {
                throw new IllegalArgumentException("An image is referenced by key or by an https address");
            }
            ref = new PublicWebAddress(ref).value();
        } else if (ref.length() > 500 || ref.contains("..")) {
            throw new IllegalArgumentException("An image key has at most 500 characters and no '..'");
        }
        credit = credit == null || credit.isBlank() ? null : credit.strip();
    }
}
