package io.waishi.publicity.country;

import io.waishi.platform.domain.PublicWebAddress;

/** Where a profile's facts come from: a title and the public page. */
public record ProfileSource(String title, PublicWebAddress address) {

    public ProfileSource {
        if (title == null || title.isBlank() || address == null) {
            throw new IllegalArgumentException("A source needs a title and a web address");
        }
        title = title.strip();
    }
}
