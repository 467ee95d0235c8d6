package io.waishi.travel.delegation.rules;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.delegation.Member;
import io.waishi.travel.delegation.TripPlan;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Passports decide who can travel: a unit whose passport is overdue by more than
 * PASSPORT_OVERDUE_BLOCK_DAYS is blocked from new applications (S7); every member is identified so their
 * one valid official passport can be issued, and nobody holds two (S35).
 */
final class PassportStandingRule implements TravelRule {

    @Override
    public List<RuleViolation> check(TripPlan plan, TripContext context, PolicySnapshot policy) {
        List<RuleViolation> violations = new ArrayList<>();
        int blockDays = policy.intValue(TravelParameter.PASSPORT_OVERDUE_BLOCK_DAYS);
        context.mostOverdueDays().ifPresent(days -> {
            if (days > blockDays) {
                violations.addAll(Violations.of("UNIT_BLOCKED_BY_OVERDUE_PASSPORT", null, policy,
                        TravelParameter.PASSPORT_OVERDUE_BLOCK_DAYS, days, Map.of()));
            }
        });
        List<Member> members = plan.members();
        for (int i = 0; i < members.size(); i++) {
            String personId = members.get(i).personId();
            String field = "members[" + i + "].personId";
            if (personId == null) {
                violations.add(RuleViolation.of("MEMBER_NOT_IDENTIFIED", field, Map.of("member", i + 1)));
            } else if (context.validPassports().getOrDefault(personId, 0L) > 1) {
                violations.add(RuleViolation.of("ONE_PASSPORT_PER_PERSON", field, Map.of("member", i + 1,
                        "validPassports", context.validPassports().get(personId), "source", "S35")));
            }
        }
        return violations;
    }
}
