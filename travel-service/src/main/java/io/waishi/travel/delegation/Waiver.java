package io.waishi.travel.delegation;

import java.time.Instant;

/**
 * A director's written decision that one rule does not stop this file (RULES.md §1: only an FAO director,
 * only with a reason). It stays in the file for the audit.
 */
public record Waiver(String ruleCode, String reason, String grantedBy, Instant grantedAt) {

    public Waiver {
        if (ruleCode == null || ruleCode.isBlank()) {
            throw new IllegalArgumentException("A waiver names the rule it waives");
        }
        if (reason == null || reason.strip().length() < 10) {
            throw new IllegalArgumentException("A waiver needs a written reason of at least 10 characters");
        }
    }
}
