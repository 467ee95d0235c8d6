package io.waishi.platform.web;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Broken rules as clients see them — the violation's data and the words for people — wherever a service shows
 * them: in a 422 problem, and in answers that check a plan without acting on it (travel's precheck). Every
 * feature of a service may bring its own {@link RuleMessages}; the first that knows a code speaks.
 */
public final class RuleViolationViews {

    /** A broken rule as the client sees it. */
    public record ViolationView(String code, String field, Map<String, Object> parameters, LocalizedText message) {
    }

    private final List<RuleMessages> messages;

    public RuleViolationViews(List<RuleMessages> messages) {
        this.messages = List.copyOf(messages);
    }

    public ViolationView of(RuleViolation violation) {
        LocalizedText message = messages.stream().map(words -> words.describe(violation))
                .filter(Objects::nonNull).findFirst().orElse(null);
        return new ViolationView(violation.code(), violation.field(), violation.parameters(), message);
    }

    public List<ViolationView> of(List<RuleViolation> violations) {
        return violations.stream().map(this::of).toList();
    }
}
