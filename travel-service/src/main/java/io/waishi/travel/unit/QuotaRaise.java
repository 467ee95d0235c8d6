package io.waishi.travel.unit;

import java.time.Instant;

/**
 * An FAO director's written decision that a unit doing foreign-affairs or commerce work may send more trips in
 * one year than the default quota (RULES.md §1). It applies to that year only.
 */
public record QuotaRaise(int year, int trips, String reason, String raisedBy, Instant raisedAt) {

    public QuotaRaise {
        Unit.requireYear(year);
        if (trips < 1) {
            throw new IllegalArgumentException("A raised quota is at least one trip");
        }
        if (reason == null || reason.strip().length() < 10) {
            throw new IllegalArgumentException("A quota raise needs a written reason of at least 10 characters");
        }
        reason = reason.strip();
    }
}
