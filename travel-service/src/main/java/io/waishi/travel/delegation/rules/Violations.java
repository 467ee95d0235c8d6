package io.waishi.travel.delegation.rules;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelParameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds violations that name the policy parameter, its value in force and its source. */
final class Violations {

    private Violations() {
    }

    static List<RuleViolation> of(String code, String field, PolicySnapshot policy, TravelParameter parameter,
            Object actual, Map<String, Object> context) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("parameter", parameter.name());
        parameters.put("limit", policy.value(parameter));
        parameters.put("actual", actual);
        parameters.put("source", policy.source(parameter));
        parameters.putAll(context);
        return List.of(RuleViolation.of(code, field, parameters));
    }

    static List<RuleViolation> missing(String code, String field, Map<String, Object> context) {
        return List.of(RuleViolation.of(code, field, context));
    }
}
