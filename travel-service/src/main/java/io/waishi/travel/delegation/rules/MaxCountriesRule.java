package io.waishi.travel.delegation.rules;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.delegation.TripPlan;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelParameter;
import java.util.List;
import java.util.Map;

/** At most so many countries or regions per trip; a transit stop with exit counts. */
final class MaxCountriesRule implements TravelRule {

    @Override
    public List<RuleViolation> check(TripPlan plan, TripContext context, PolicySnapshot policy) {
        int countries = plan.countriesVisited().size();
        if (countries <= policy.intValue(TravelParameter.MAX_COUNTRIES_PER_TRIP)) {
            return List.of();
        }
        return Violations.of("MAX_COUNTRIES", "destinationCountries", policy, TravelParameter.MAX_COUNTRIES_PER_TRIP,
                countries, Map.of("countries", List.copyOf(plan.countriesVisited())));
    }
}
