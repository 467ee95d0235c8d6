package io.waishi.platform.domain;

import java.util.Map;
import java.util.Objects;

/**
 * One broken rule as data: which rule, with the parameter values that decided it, e.g.
 * {@code MAX_DAYS_ABROAD {countries: 1, limit: 5, actual: 6}}. Text for people is made at the edge.
 *
 * @param code      stable rule code
 * @param field     the request field it concerns, when there is one (for forms to show it in place)
 * @param parameters the policy parameters and actual values involved
 */
public record RuleViolation(String code, String field, Map<String, Object> parameters) {

    public RuleViolation {
        Objects.requireNonNull(code, "code");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    public static RuleViolation of(String code, String field, Map<String, Object> parameters) {
        return new RuleViolation(code, field, parameters);
    }
}
