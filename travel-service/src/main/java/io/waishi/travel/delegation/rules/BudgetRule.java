package io.waishi.travel.delegation.rules;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.delegation.Budget;
import io.waishi.travel.delegation.TripPlan;
import io.waishi.travel.policy.PolicySnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** No trip without a budget with a funding source and the finance department's seal (RULES.md §1, S8). */
final class BudgetRule implements TravelRule {

    @Override
    public List<RuleViolation> check(TripPlan plan, TripContext context, PolicySnapshot policy) {
        Budget budget = plan.budget();
        if (budget == null || budget.items().isEmpty()) {
            return Violations.missing("BUDGET_MISSING", "budget", Map.of("source", "S8"));
        }
        List<RuleViolation> violations = new ArrayList<>();
        if (budget.fundingSource() == null || budget.fundingSource().isBlank()) {
            violations.add(RuleViolation.of("BUDGET_FUNDING_SOURCE_MISSING", "budget.fundingSource", Map.of("source", "S8")));
        }
        if (!budget.financeSealConfirmed()) {
            violations.add(RuleViolation.of("BUDGET_FINANCE_SEAL_MISSING", "budget.financeSealConfirmed",
                    Map.of("source", "S8")));
        }
        return violations;
    }
}
