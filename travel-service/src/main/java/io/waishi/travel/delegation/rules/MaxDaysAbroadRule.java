package io.waishi.travel.delegation.rules;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.delegation.TripPlan;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelParameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Days abroad by the number of countries (1 / 2 / 3 or more), one more for Latin America or Africa;
 * academic exchanges are exempt.
 */
final class MaxDaysAbroadRule implements TravelRule {

    @Override
    public List<RuleViolation> check(TripPlan plan, TripContext context, PolicySnapshot policy) {
        if (plan.isAcademicExchange()) {
            return List.of();
        }
        int countries = plan.countriesVisited().size();
        TravelParameter parameter = switch (countries) {
            case 1 -> TravelParameter.MAX_DAYS_ONE_COUNTRY;
            case 2 -> TravelParameter.MAX_DAYS_TWO_COUNTRIES;
            default -> TravelParameter.MAX_DAYS_THREE_COUNTRIES;
        };
        int extra = plan.visitsLatinAmericaOrAfrica() ? policy.intValue(TravelParameter.EXTRA_DAYS_LATIN_AMERICA_AFRICA) : 0;
        long limit = policy.intValue(parameter) + extra;
        if (plan.daysAbroad() <= limit) {
            return List.of();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("countries", countries);
        if (extra > 0) {
            details.put("extraDaysLatinAmericaAfrica", extra);
            details.put("limitWithExtra", limit);
        }
        return Violations.of("MAX_DAYS_ABROAD", "returnDate", policy, parameter, plan.daysAbroad(), details);
    }
}
