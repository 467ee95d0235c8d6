package io.waishi.travel.delegation.rules;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.delegation.Invitation;
import io.waishi.travel.delegation.TripPlan;
import io.waishi.travel.policy.PolicySnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The invitation comes from a counterpart body — not an intermediary, an overseas Chinese organisation or
 * a foreign mission in China — and its translation is attached (RULES.md §1, S2, S5).
 */
final class InvitationRule implements TravelRule {

    @Override
    public List<RuleViolation> check(TripPlan plan, TripContext context, PolicySnapshot policy) {
        Invitation invitation = plan.invitation();
        if (invitation == null) {
            return Violations.missing("INVITATION_MISSING", "invitation", Map.of("source", "S2, S5"));
        }
        List<RuleViolation> violations = new ArrayList<>();
        if (!invitation.inviterKind().isCounterpart()) {
            violations.add(RuleViolation.of("INVITATION_NOT_FROM_COUNTERPART", "invitation.inviterKind",
                    Map.of("inviterKind", invitation.inviterKind().name(), "source", "S2")));
        }
        if (!invitation.translationAttached()) {
            violations.add(RuleViolation.of("INVITATION_TRANSLATION_MISSING", "invitation.translationAttached",
                    Map.of("source", "S5, S9")));
        }
        return violations;
    }
}
