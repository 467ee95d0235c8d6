package io.waishi.travel.delegation.rules;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.delegation.Member;
import io.waishi.travel.delegation.TripPlan;
import io.waishi.travel.policy.PolicySnapshot;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Two principal leaders of one unit do not travel in the same delegation (RULES.md §1, S3). */
final class UnitHeadsTogetherRule implements TravelRule {

    @Override
    public List<RuleViolation> check(TripPlan plan, TripContext context, PolicySnapshot policy) {
        Map<String, Long> headsByUnit = plan.members().stream()
                .filter(Member::unitHead)
                .filter(member -> member.unit() != null)
                .collect(Collectors.groupingBy(Member::unit, TreeMap::new, Collectors.counting()));
        return headsByUnit.entrySet().stream()
                .filter(entry -> entry.getValue() > 1)
                .map(entry -> RuleViolation.of("UNIT_HEADS_TOGETHER", "members",
                        Map.of("unit", entry.getKey(), "unitHeads", entry.getValue(), "source", "S3")))
                .toList();
    }
}
