package io.waishi.platform.web;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;

/**
 * A feature's words for its rule violations, in Chinese and English, naming the rule and the parameter.
 * The problem response carries them next to the violation's data; a violation without words is shown
 * with its code and parameters only.
 */
public interface RuleMessages {

    /** The message for {@code violation}, or null when this service has none for its code. */
    LocalizedText describe(RuleViolation violation);

    /** Both languages' templates filled with the same values ({@link String#format} placeholders). */
    static LocalizedText text(String zh, String en, Object... values) {
        return LocalizedText.of(String.format(zh, values), String.format(en, values));
    }
}
