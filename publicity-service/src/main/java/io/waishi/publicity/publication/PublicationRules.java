package io.waishi.publicity.publication;

import io.waishi.platform.domain.RuleViolation;
import java.time.Instant;
import java.util.Map;

/** The publishing rules, as data. */
public final class PublicationRules {

    public static final String NOT_FINALLY_REVIEWED = "PUBLICATION_NOT_FINALLY_REVIEWED";
    public static final String CHANNEL_LANGUAGE_NOT_TAKEN = "PUBLICATION_CHANNEL_LANGUAGE_NOT_TAKEN";
    public static final String ALREADY_ON_CHANNEL = "PUBLICATION_ALREADY_ON_CHANNEL";
    public static final String SCHEDULE_NOT_IN_FUTURE = "PUBLICATION_SCHEDULE_NOT_IN_FUTURE";

    private PublicationRules() {
    }

    /** @param state the version's review state, or NONE when the item has no version in that language */
    static RuleViolation notFinallyReviewed(String language, String state) {
        return RuleViolation.of(NOT_FINALLY_REVIEWED, "language", Map.of("language", language, "state", state));
    }

    static RuleViolation channelLanguageNotTaken(Channel channel, String language) {
        return RuleViolation.of(CHANNEL_LANGUAGE_NOT_TAKEN, "language", Map.of("channel", channel.name(),
                "language", language, "takes", String.join(",", channel.languages())));
    }

    static RuleViolation alreadyOnChannel(Channel channel, String language, PublicationStatus status) {
        return RuleViolation.of(ALREADY_ON_CHANNEL, "channel", Map.of("channel", channel.name(),
                "language", language, "status", status.name()));
    }

    static RuleViolation scheduleNotInFuture(Instant at) {
        return RuleViolation.of(SCHEDULE_NOT_IN_FUTURE, "at", Map.of("at", at.toString()));
    }
}
