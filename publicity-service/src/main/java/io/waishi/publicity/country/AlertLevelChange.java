package io.waishi.publicity.country;

import io.waishi.platform.domain.LocalizedText;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a country's alert level history: the level, from when it applies, why, who set it and when.
 *
 * @param summary may be null when the level did not rise to 3 or 4
 */
public record AlertLevelChange(AlertLevel level, Instant effectiveFrom, LocalizedText summary, String by,
        Instant at) {

    public AlertLevelChange {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
