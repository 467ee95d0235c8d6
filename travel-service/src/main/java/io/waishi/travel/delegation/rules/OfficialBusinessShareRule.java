package io.waishi.travel.delegation.rules;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.delegation.ScheduleItem;
import io.waishi.travel.delegation.TripPlan;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelParameter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** The overseas schedule is in the file, and official business fills at least the required share of it. */
final class OfficialBusinessShareRule implements TravelRule {

    @Override
    public List<RuleViolation> check(TripPlan plan, TripContext context, PolicySnapshot policy) {
        if (plan.schedule().isEmpty()) {
            return Violations.missing("SCHEDULE_MISSING", "schedule", Map.of());
        }
        BigDecimal total = plan.schedule().stream().map(ScheduleItem::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal official = plan.schedule().stream().filter(ScheduleItem::official).map(ScheduleItem::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal share = official.divide(total, 4, RoundingMode.HALF_UP);
        if (share.compareTo(policy.value(TravelParameter.MIN_OFFICIAL_BUSINESS_SHARE)) >= 0) {
            return List.of();
        }
        return Violations.of("OFFICIAL_BUSINESS_SHARE", "schedule", policy, TravelParameter.MIN_OFFICIAL_BUSINESS_SHARE,
                share, Map.of("officialHours", official, "totalHours", total));
    }
}
