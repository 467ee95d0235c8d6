package io.waishi.platform.domain;

import java.util.List;

/** One or more business rules refuse the act; all of them are reported together. Answered with 422. */
public class RuleViolationException extends RuntimeException {

    private final List<RuleViolation> violations;

    public RuleViolationException(List<RuleViolation> violations) {
        super("Rules broken: " + violations.stream().map(RuleViolation::code).toList());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A rule violation needs at least one broken rule");
        }
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
