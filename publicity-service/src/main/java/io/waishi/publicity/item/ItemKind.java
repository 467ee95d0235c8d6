package io.waishi.publicity.item;

/** The kinds of content the office publishes. */
public enum ItemKind {
    NEWS,
    STORY,
    CULTURAL_SHOWCASE,
    EVENT_NOTICE,
    PARTNER_CITY_FEATURE
}
