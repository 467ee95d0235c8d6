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
            new PassportStandingRule(),
            new AgreementNeedsCpaffcApprovalRule());

    /**
     * The rules on facts outside the file that may change between submission and decision, so the director's
     * approval checks them again: the partner's relationship may have ended meanwhile.
     */
    private static final List<TravelRule> AT_DECISION = List.of(new AgreementNeedsCpaffcApprovalRule());

    private TravelRulebook() {
    }

    public static List<RuleViolation> check(TripPlan plan, TripContext context, PolicySnapshot policy) {
        return check(RULES, plan, context, policy);
    }

    /** The rules that must still hold when the director approves the file. */
    public static List<RuleViolation> checkAtDecision(TripPlan plan, TripContext context, PolicySnapshot policy) {
        return check(AT_DECISION, plan, context, policy);
    }

    private static List<RuleViolation> check(List<TravelRule> rules, TripPlan plan, TripContext context,
            PolicySnapshot policy) {
        List<RuleViolation> violations = new ArrayList<>();
        for (TravelRule rule : rules) {
            violations.addAll(rule.check(plan, context, policy));
        }
        return violations;
    }
}
