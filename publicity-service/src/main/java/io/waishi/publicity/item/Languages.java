package io.waishi.publicity.item;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The languages the office publishes in: Chinese, the source every item is written in, and the translations
 * configured ({@code waishi.publicity.languages}, by default zh, en, ja, ko).
 */
public record Languages(Set<String> codes) {

    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})?");

    public static final String SOURCE = "zh";
    public static final Languages DEFAULT = of(List.of("zh", "en", "ja", "ko"));

    public Languages {
        Set<String> kept = new LinkedHashSet<>();
        kept.add(SOURCE);
        for (String code : codes) {
            kept.add(code(code));
        }
        codes = java.util.Collections.unmodifiableSet(kept);
    }

    public static Languages of(List<String> codes) {
        return new Languages(new LinkedHashSet<>(codes));
    }

    public boolean offers(String language) {
        return codes.contains(language);
    }

    /** A language code as stored: lower case, like {@code en} or {@code zh-hant}. */
    public static String code(String language) {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a language code: " + language);
        }
        return code;
    }
}
