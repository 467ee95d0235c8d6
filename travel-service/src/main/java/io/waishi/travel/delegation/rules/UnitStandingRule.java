package io.waishi.travel.delegation.rules;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.delegation.DelegationCategory;
import io.waishi.travel.delegation.TripPlan;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelParameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Only a unit registered with the office sends delegations, and no more trips a year than its quota
 * (DEFAULT_UNIT_ANNUAL_QUOTA, or the raise the director granted for that year). Academic exchanges are
 * exempt from the batch limit (S1, S5b).
 */
final class UnitStandingRule implements TravelRule {

    @Override
    public List<RuleViolation> check(TripPlan plan, TripContext context, PolicySnapshot policy) {
        if (context.unit().isEmpty()) {
            return List.of(RuleViolation.of("UNIT_NOT_REGISTERED", null, Map.of()));
        }
        if (plan.isAcademicExchange()) {
            return List.of();
        }
        TripContext.UnitStanding unit = context.unit().get();
        int year = plan.departureDate().getYear();
        long trips = 1 + context.otherTrips().stream()
                .filter(other -> other.departureDate().getYear() == year)
                .filter(other -> other.category() != DelegationCategory.ACADEMIC_EXCHANGE)
                .count();
        if (trips <= unit.annualQuota()) {
            return List.of();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("parameter", unit.quotaParameter());
        parameters.put("limit", unit.annualQuota());
        parameters.put("actual", trips);
        parameters.put("year", year);
        parameters.put("source", policy.source(TravelParameter.DEFAULT_UNIT_ANNUAL_QUOTA));
        return List.of(RuleViolation.of("UNIT_QUOTA", null, parameters));
    }
}
