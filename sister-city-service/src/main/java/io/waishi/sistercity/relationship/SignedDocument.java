package io.waishi.sistercity.relationship;

import java.util.Locale;

/**
 * One language version of a signed letter or agreement, kept by reference in the document store.
 *
 * @param language BCP 47 tag, e.g. {@code zh}, {@code en}, {@code ko}
 * @param ref      the document store's reference
 */
public record SignedDocument(String language, String ref, String title) {

    public SignedDocument {
        if (language == null || !language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new IllegalArgumentException("A document's language must be a BCP 47 tag: " + language);
        }
        if (ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("A document needs its reference in the document store");
        }
        language = language.toLowerCase(Locale.ROOT);
        ref = ref.strip();
        title = title == null || title.isBlank() ? null : title.strip();
    }
}
