package io.waishi.reception.resource;

import java.util.Locale;

/** Language tags as BCP 47 writes them ({@code en}, {@code zh-Hans}, {@code ko-KR}), compared as the office means. */
public final class Languages {

    private Languages() {
    }

    /** The canonical form of a BCP 47 tag; refuses what is not one. */
    public static String normalize(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("A language needs its BCP 47 tag");
        }
        Locale locale = Locale.forLanguageTag(tag.strip());
        String canonical = locale.toLanguageTag();
        if (locale.getLanguage().length() < 2 || locale.getLanguage().length() > 3 || "und".equals(canonical)
                || !canonical.equalsIgnoreCase(tag.strip().replace('_', '-'))) {
            throw new IllegalArgumentException("Not a BCP 47 language tag: " + tag);
        }
        return canonical;
    }

    /**
     * Whether a speaker of {@code spoken} serves {@code wanted}: the same tag, or one is the other with more
     * subtags ({@code en} is served by {@code en-GB} and {@code en-GB} by {@code en}), never across languages.
     */
    public static boolean serves(String spoken, String wanted) {
        String a = spoken.toLowerCase(Locale.ROOT);
        String b = wanted.toLowerCase(Locale.ROOT);
        return a.equals(b) || a.startsWith(b + "-") || b.startsWith(a + "-");
    }
}
