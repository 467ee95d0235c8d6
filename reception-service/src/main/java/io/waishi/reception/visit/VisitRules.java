package io.waishi.reception.visit;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.reception.policy.ReceptionPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The reception rules a visit itself must meet (RULES.md §3), all reported together. */
public final class VisitRules {

    private VisitRules() {
    }

    /**
     * Before hosting is approved: a hosted visit stays within the hosted days allowed without a reciprocity
     * agreement (arrival and departure count), unless one covers it. Self-paid guests are not hosted.
     */
    public static List<RuleViolation> forApproval(VisitDetails details, ReceptionPolicy policy) {
        List<RuleViolation> violations = new ArrayList<>();
        long days = details.hostedDays();
        if (details.hostingMode() != HostingMode.SELF_PAID && !details.reciprocityAgreement()
                && days > policy.hostedDaysWithoutReciprocity()) {
            violations.add(RuleViolation.of("HOSTED_DAYS_EXCEEDED", "departureDate", Map.of("hostedDays", days,
                    "maxDays", policy.hostedDaysWithoutReciprocity())));
        }
        return violations;
    }

    /** Before the letters are recorded as issued: at least one was. */
    public static List<RuleViolation> forLettersIssued(long lettersIssued) {
        return lettersIssued > 0 ? List.of()
                : List.of(RuleViolation.of("VISA_LETTERS_MISSING", null, Map.of("lettersIssued", lettersIssued)));
    }

    /** Before the plan is submitted: one is on file. */
    public static List<RuleViolation> forPlanSubmission(boolean planOnFile) {
        return planOnFile ? List.of() : List.of(RuleViolation.of("RECEPTION_PLAN_MISSING", null, Map.of()));
    }
}
