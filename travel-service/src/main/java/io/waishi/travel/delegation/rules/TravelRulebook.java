package io.waishi.travel.delegation.rules;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.delegation.TripPlan;
import io.waishi.travel.policy.PolicySnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Every travel rule, about the plan and its context, evaluated together so a clerk sees everything that is wrong
 * at once. The same rulebook serves the side-effect-free precheck and the real submission.
 */
public final class TravelRulebook {

    private static final List<TravelRule> RULES = List.of(
            new MaxCountriesRule(),
            new MaxDaysAbroadRule(),
            new MaxDelegationSizeRule(),
            new OfficialBusinessShareRule(),
            new UnitHeadsTogetherRule(),
            new InvitationRule(),
            new BudgetRule(),
            new UnitStandingRule(),
            new SameCountryIntervalRule(),
            new AnnualPlanRule(),
            new PassportStandingRule());

    private TravelRulebook() {
    }

    public static List<RuleViolation> check(TripPlan plan, TripContext context, PolicySnapshot policy) {
        List<RuleViolation> violations = new ArrayList<>();
        for (TravelRule rule : RULES) {
            violations.addAll(rule.check(plan, context, policy));
        }
        return violations;
    }
}
