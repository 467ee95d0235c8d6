package io.waishi.publicity.review;

import java.time.Instant;

/**
 * One decision in a review: at which step, by whom, approved or sent back, with the reviewer's comment, on
 * which revision of the text.
 */
public record ReviewDecision(ReviewStep step, String by, Instant at, Outcome outcome, String comment, int revision) {

    public enum Outcome { SUBMITTED, APPROVED, SENT_BACK }
}
