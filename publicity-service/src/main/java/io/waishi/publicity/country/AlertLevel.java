package io.waishi.publicity.country;

import io.waishi.platform.domain.LocalizedText;

/**
 * The Ministry of Foreign Affairs' safety alert levels for a country, 1 to 4 (RULES.md §4): what a department or
 * firm going there must be told first.
 */
public enum AlertLevel {
    TAKE_CARE(1, "注意安全", "Take care"),
    HEIGHTEN_PRECAUTIONS(2, "加强防范", "Heighten precautions"),
    TRAVEL_WITH_CAUTION(3, "谨慎前往", "Travel with caution"),
    DO_NOT_TRAVEL(4, "暂勿前往", "Do not travel");

    private final int number;
    private final LocalizedText label;

    AlertLevel(int number, String zh, String en) {
        this.number = number;
        this.label = LocalizedText.of(zh, en);
    }

    /** The level numbered 1 to 4; any other number is not a level. */
    public static AlertLevel of(int number) {
        for (AlertLevel level : values()) {
            if (level.number == number) {
                return level;
            }
        }
        throw new IllegalArgumentException("An alert level is 1 to 4, not " + number);
    }

    public int number() {
        return number;
    }

    public LocalizedText label() {
        return label;
    }

    /** From level 3 on, a change needs its reasons said (a summary). */
    public boolean warnsAgainstTravel() {
        return number >= TRAVEL_WITH_CAUTION.number;
    }
}
