package io.waishi.travel.delegation;

import io.waishi.travel.delegation.rules.TripContext;
import io.waishi.travel.policy.PolicySnapshot;

/**
 * Where the delegation rules learn what lies outside the file: the unit's registration and quota, its
 * other files, its annual plan and its passports.
 */
public interface TripContexts {

    /**
     * The context of {@code plan} sent by {@code unit}, leaving out the file itself (null for a plan not
     * yet saved) so a file never competes with itself for its quota or plan item.
     */
    TripContext of(String unit, TripPlan plan, String delegationId, PolicySnapshot policy);

    /** City-owned enterprises and universities: the director may decide without the officer's acceptance. */
    boolean simplifiedPath(String unit);

    /** Whether the office has {@code userId} on record as one who signs for {@code unit}. */
    boolean isRegisteredSignatory(String unit, String userId);
}
