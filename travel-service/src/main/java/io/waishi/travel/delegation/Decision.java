package io.waishi.travel.delegation;

import java.time.Instant;

/**
 * The director's decision on the file.
 *
 * @param approved           approved or rejected
 * @param approvingLevel     whose authority the approval rests on, by the most senior member's rank
 * @param authorityReference the reference of the city or provincial approval when the level is above the office
 * @param reason             why it was rejected (or a note on the approval)
 */
public record Decision(boolean approved, ApprovingLevel approvingLevel, String authorityReference, String reason,
        String decidedBy, Instant decidedAt) {
}
