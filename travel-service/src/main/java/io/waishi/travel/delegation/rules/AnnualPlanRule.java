package io.waishi.travel.delegation.rules;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.delegation.TripPlan;
import io.waishi.travel.policy.PolicySnapshot;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every trip carries out an item of the unit's approved annual plan; an unplanned trip may only take the
 * place of a planned one, so the plan's total stays as approved (S2). An item serves one live file of its
 * year.
 */
final class AnnualPlanRule implements TravelRule {

    @Override
    public List<RuleViolation> check(TripPlan plan, TripContext context, PolicySnapshot policy) {
        int year = plan.departureDate().getYear();
        if (context.annualPlan().isEmpty()) {
            return violation("PLAN_MISSING", null, Map.of("year", year, "source", "S2"));
        }
        if (plan.planItemId() == null) {
            return violation("PLAN_ITEM_REQUIRED", "planItemId", Map.of("year", year, "source", "S2"));
        }
        Optional<TripContext.PlannedTrip> item = Optional.ofNullable(context.annualPlan().get().items().get(plan.planItemId()));
        if (item.isEmpty()) {
            return violation("PLAN_ITEM_UNKNOWN", "planItemId", Map.of("planItemId", plan.planItemId(), "year", year));
        }
        // Item ids are given out per plan: P1 of last year's plan is not P1 of this year's.
        Optional<TripContext.OtherTrip> taken = context.otherTrips().stream()
                .filter(other -> other.departureDate().getYear() == year)
                .filter(other -> plan.planItemId().equals(other.planItemId())).findFirst();
        if (taken.isPresent()) {
            return violation("PLAN_ITEM_TAKEN", "planItemId", Map.of("planItemId", plan.planItemId(),
                    "otherDelegationId", taken.get().delegationId()));
        }
        if (!plan.replacesPlannedTrip() && !item.get().countries().containsAll(plan.destinationCountries())) {
            return violation("PLAN_ITEM_MISMATCH", "planItemId", Map.of("planItemId", plan.planItemId(),
                    "plannedCountries", String.join(",", item.get().countries()),
                    "destinationCountries", String.join(",", plan.destinationCountries())));
        }
        return List.of();
    }

    private static List<RuleViolation> violation(String code, String field, Map<String, Object> parameters) {
        return List.of(RuleViolation.of(code, field, parameters));
    }
}
