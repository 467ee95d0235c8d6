package io.waishi.travel.delegation.rules;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.delegation.TripPlan;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelParameter;
import java.util.List;
import java.util.Map;

/** At most so many people, interpreter included; academic exchanges are exempt. */
final class MaxDelegationSizeRule implements TravelRule {

    @Override
    public List<RuleViolation> check(TripPlan plan, TripContext context, PolicySnapshot policy) {
        int size = plan.members().size();
        if (plan.isAcademicExchange() || size <= policy.intValue(TravelParameter.MAX_DELEGATION_SIZE)) {
            return List.of();
        }
        return Violations.of("MAX_DELEGATION_SIZE", "members", policy, TravelParameter.MAX_DELEGATION_SIZE, size, Map.of());
    }
}
