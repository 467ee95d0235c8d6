package io.waishi.platform.domain;

/**
 * Text people read, in Chinese (the source) and English. Partner languages come with the content
 * features that need them.
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        if (zh == null || zh.isBlank()) {
            throw new IllegalArgumentException("Chinese text is required");
        }
        zh = zh.strip();
        en = en == null || en.isBlank() ? null : en.strip();
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /** The English text, or the Chinese when no translation exists yet. */
    public String enOrZh() {
        return en == null ? zh : en;
    }
}
