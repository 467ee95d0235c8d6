package io.waishi.travel.delegation.rules;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.delegation.TripPlan;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelParameter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One unit does not lead another delegation to the same country within SAME_COUNTRY_INTERVAL_MONTHS of
 * the last, before or after it (S3). Exactly that many months apart is allowed.
 */
final class SameCountryIntervalRule implements TravelRule {

    @Override
    public List<RuleViolation> check(TripPlan plan, TripContext context, PolicySnapshot policy) {
        int months = policy.intValue(TravelParameter.SAME_COUNTRY_INTERVAL_MONTHS);
        LocalDate departure = plan.departureDate();
        List<RuleViolation> violations = new ArrayList<>();
        for (TripContext.OtherTrip other : context.otherTrips()) {
            boolean tooClose = other.departureDate().plusMonths(months).isAfter(departure)
                    && departure.plusMonths(months).isAfter(other.departureDate());
            if (!tooClose) {
                continue;
            }
            plan.countriesVisited().stream().filter(other.countries()::contains).findFirst().ifPresent(country ->
                    violations.addAll(Violations.of("SAME_COUNTRY_INTERVAL", "departureDate", policy,
                            TravelParameter.SAME_COUNTRY_INTERVAL_MONTHS, monthsApart(departure, other.departureDate()),
                            Map.of("country", country, "otherDelegationId", other.delegationId(),
                                    "otherDepartureDate", other.departureDate().toString()))));
        }
        return violations;
    }

    /** Whole months between the two departures, whichever comes first. */
    private static long monthsApart(LocalDate one, LocalDate other) {
        return Math.abs(ChronoUnit.MONTHS.between(one, other));
    }
}
