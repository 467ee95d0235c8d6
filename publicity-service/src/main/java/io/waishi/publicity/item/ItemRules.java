package io.waishi.publicity.item;

import io.waishi.platform.domain.RuleViolation;
import java.util.Map;
import java.util.Set;

/** The content-item rules, as data. */
public final class ItemRules {

    public static final String LANGUAGE_NOT_OFFERED = "ITEM_LANGUAGE_NOT_OFFERED";
    public static final String VERSION_EXISTS = "ITEM_VERSION_EXISTS";
    public static final String REASON_NEEDED = "ITEM_RETRACTION_REASON_NEEDED";
    public static final String TRANSLATOR_NEEDED = "ITEM_TRANSLATOR_NEEDED";

    private ItemRules() {
    }

    static RuleViolation languageNotOffered(String language, Set<String> offered) {
        return RuleViolation.of(LANGUAGE_NOT_OFFERED, "language",
                Map.of("language", language, "offered", String.join(",", offered)));
    }

    static RuleViolation versionExists(String language) {
        return RuleViolation.of(VERSION_EXISTS, "language", Map.of("language", language));
    }

    static RuleViolation reasonNeeded() {
        return RuleViolation.of(REASON_NEEDED, "reason", Map.of());
    }

    static RuleViolation translatorNeeded(String language) {
        return RuleViolation.of(TRANSLATOR_NEEDED, "translator", Map.of("language", language));
    }
}
