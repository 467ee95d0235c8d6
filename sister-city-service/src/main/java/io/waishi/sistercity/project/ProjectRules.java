package io.waishi.sistercity.project;

import io.waishi.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cooperation-project rules, as data: a registered partner, a linked relationship with that same
 * partner, every milestone settled before completion, no milestone reached in the future.
 */
public final class ProjectRules {

    private ProjectRules() {
    }

    /** The project's partner must be a registered partner city. */
    public static RuleViolation partnerUnknown(String partnerCityId) {
        return RuleViolation.of("PROJECT_PARTNER_UNKNOWN", "partnerCityId", Map.of("partnerCityId", partnerCityId));
    }

    /** A linked relationship must exist. */
    public static RuleViolation relationshipUnknown(String relationshipId) {
        return RuleViolation.of("PROJECT_RELATIONSHIP_UNKNOWN", "relationshipId",
                Map.of("relationshipId", relationshipId));
    }

    /** A linked relationship must be the one with the project's partner city. */
    public static RuleViolation relationshipWithAnotherPartner(String relationshipId, String relationshipPartnerCityId,
            String partnerCityId) {
        return RuleViolation.of("PROJECT_RELATIONSHIP_OTHER_PARTNER", "relationshipId", Map.of(
                "relationshipId", relationshipId, "relationshipPartnerCityId", relationshipPartnerCityId,
                "partnerCityId", partnerCityId));
    }

    /** Before completion: every milestone reached or explicitly dropped. */
    public static List<RuleViolation> forCompletion(List<Milestone> milestones) {
        List<String> open = milestones.stream().filter(milestone -> !milestone.settled()).map(Milestone::id).toList();
        List<RuleViolation> violations = new ArrayList<>();
        if (!open.isEmpty()) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("openMilestoneIds", open);
            parameters.put("open", open.size());
            violations.add(RuleViolation.of("PROJECT_MILESTONES_OUTSTANDING", "milestones", parameters));
        }
        return violations;
    }

    /** A milestone is reached on a day that has come (in the office's time zone). */
    public static List<RuleViolation> forReaching(LocalDate reachedOn, LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        if (reachedOn.isAfter(today)) {
            violations.add(RuleViolation.of("PROJECT_MILESTONE_REACHED_IN_FUTURE", "reachedOn",
                    Map.of("reachedOn", reachedOn.toString(), "today", today.toString())));
        }
        return violations;
    }
}
