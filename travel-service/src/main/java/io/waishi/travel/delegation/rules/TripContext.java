package io.waishi.travel.delegation.rules;

import io.waishi.travel.delegation.DelegationCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What the rules need to know beyond the plan itself: the sending unit's standing, its other files, its
 * annual plan, its passports. Plain data gathered by the service, so the rules stay plain functions.
 *
 * @param unit            the sending unit as registered with the office; empty when it is not
 * @param otherTrips      the unit's other live files (not withdrawn, rejected or cancelled)
 * @param annualPlan      the unit's approved plan for the year of departure; empty when there is none
 * @param mostOverdueDays the days the unit's most overdue official passport is late; empty when none is
 * @param validPassports  per member's person id, how many valid official passports are registered
 * @param partner         the named partner city's relationship with the city, as sister-city-service last
 *                        announced it; empty when the rules need not know it (no agreement to sign, no partner)
 */
public record TripContext(Optional<UnitStanding> unit, List<OtherTrip> otherTrips, Optional<PlanStanding> annualPlan,
        OptionalLong mostOverdueDays, Map<String, Long> validPassports, Optional<PartnerStanding> partner) {

    public TripContext {
        otherTrips = List.copyOf(otherTrips);
        validPassports = Map.copyOf(validPassports);
    }

    /**
     * @param annualQuota    trips the unit may send in the year of departure
     * @param quotaParameter where the quota comes from: DEFAULT_UNIT_ANNUAL_QUOTA or RAISED
     * @param simplifiedPath city-owned enterprises and universities: the director may decide without the officer's acceptance
     */
    public record UnitStanding(String code, int annualQuota, String quotaParameter, boolean simplifiedPath) {
    }

    /** Another file of the same unit, as far as the rules care. */
    public record OtherTrip(String delegationId, Set<String> countries, LocalDate departureDate,
            DelegationCategory category, String planItemId) {
    }

    /** The approved annual plan: its items by id, with the files that already carry them out. */
    public record PlanStanding(int year, Map<String, PlannedTrip> items) {
    }

    /**
     * Where the city stands with a partner city: the relationship that counts — a nationally approved one if
     * there is one, else the one that changed last.
     *
     * @param relationshipId     null when no relationship with the partner is known
     * @param stage              the relationship's stage (e.g. PROVINCE_REVIEWED); null when none is known
     * @param nationallyApproved CPAFFC (全国对外友协) has approved the relationship, and it has not ended
     */
    public record PartnerStanding(String partnerCityId, String relationshipId, String kind, String stage,
            boolean nationallyApproved) {

        /** A partner the office has heard of no relationship with. */
        public static PartnerStanding none(String partnerCityId) {
            return new PartnerStanding(partnerCityId, null, null, null, false);
        }
    }

    public record PlannedTrip(String itemId, Set<String> countries, DelegationCategory category) {
    }
}
