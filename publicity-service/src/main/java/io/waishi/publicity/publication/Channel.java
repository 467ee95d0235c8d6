package io.waishi.publicity.publication;

import java.util.List;

/** Where the office publishes (RULES.md §4), each with the languages it takes. */
public enum Channel {
    WEBSITE("zh", "en"),
    WECHAT("zh"),
    WEIBO("zh"),
    FOREIGN_SITE("en", "ja", "ko"),
    PARTNER_CITY_SITES("en", "ja", "ko"),
    OVERSEAS_MEDIA("en");

    private final List<String> languages;

    Channel(String... languages) {
        this.languages = List.of(languages);
    }

    public List<String> languages() {
        return languages;
    }

    public boolean takes(String language) {
        return languages.contains(language);
    }
}
