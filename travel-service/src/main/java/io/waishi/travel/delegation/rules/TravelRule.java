package io.waishi.travel.delegation.rules;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.delegation.TripPlan;
import io.waishi.travel.policy.PolicySnapshot;
import java.util.List;

/** One rule of official outbound travel: what it finds wrong with a plan in its context, as data, under one policy. */
public interface TravelRule {

    List<RuleViolation> check(TripPlan plan, TripContext context, PolicySnapshot policy);
}
