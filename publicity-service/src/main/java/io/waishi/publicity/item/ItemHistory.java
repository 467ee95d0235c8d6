package io.waishi.publicity.item;

import java.time.Instant;

/**
 * One act on an item, as kept in its history: what, on which language version (or none), by whom, when, and
 * the comment or reason given.
 */
public record ItemHistory(Act act, String language, String by, Instant at, String note, Integer revision) {

    public enum Act { DRAFTED, SUGGESTED, EDITED, CORRECTED, TRANSLATED, SUBMITTED, APPROVED, SENT_BACK, RETRACTED }
}
