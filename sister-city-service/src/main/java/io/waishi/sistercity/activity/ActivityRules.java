package io.waishi.sistercity.activity;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules of recording exchanges, evaluated together so the officer sees everything wrong at once: the
 * partner is registered, the activity does not end before it starts, a held activity says what it achieved
 * and one not yet held does not.
 */
public final class ActivityRules {

    public static final String PARTNER_UNKNOWN = "ACTIVITY_PARTNER_UNKNOWN";
    public static final String END_BEFORE_START = "ACTIVITY_END_BEFORE_START";
    public static final String OUTCOME_REQUIRED = "ACTIVITY_OUTCOME_REQUIRED";
    public static final String OUTCOME_BEFORE_HELD = "ACTIVITY_OUTCOME_BEFORE_HELD";

    private ActivityRules() {
    }

    /** Recording an activity by hand, planned or already held. */
    public static List<RuleViolation> forRecording(String partnerCityId, boolean partnerRegistered,
            LocalDate startDate, LocalDate endDate, ExchangeActivity.Status status, LocalizedText outcome) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!partnerRegistered) {
            violations.add(RuleViolation.of(PARTNER_UNKNOWN, "partnerCityId", Map.of("partnerCityId",
                    String.valueOf(partnerCityId))));
        }
        violations.addAll(dates(startDate, endDate));
        violations.addAll(outcome(status, outcome));
        return violations;
    }

    /** Marking an activity held, with its actual dates. */
    public static List<RuleViolation> forHolding(LocalDate startDate, LocalDate endDate, LocalizedText outcome) {
        List<RuleViolation> violations = new ArrayList<>(dates(startDate, endDate));
        violations.addAll(outcome(ExchangeActivity.Status.HELD, outcome));
        return violations;
    }

    /** Amending an activity: an outcome only once it is held. */
    public static List<RuleViolation> forAmending(ExchangeActivity.Status status, LocalizedText outcome) {
        if (outcome != null && status != ExchangeActivity.Status.HELD) {
            return List.of(RuleViolation.of(OUTCOME_BEFORE_HELD, "outcome", Map.of("status", status.name())));
        }
        return List.of();
    }

    static List<RuleViolation> dates(LocalDate startDate, LocalDate endDate) {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            return List.of(RuleViolation.of(END_BEFORE_START, "endDate", Map.of("startDate", startDate.toString(),
                    "endDate", endDate.toString())));
        }
        return List.of();
    }

    private static List<RuleViolation> outcome(ExchangeActivity.Status status, LocalizedText outcome) {
        if (status == ExchangeActivity.Status.HELD && outcome == null) {
            return List.of(RuleViolation.of(OUTCOME_REQUIRED, "outcome", Map.of("status", status.name())));
        }
        return forAmending(status, outcome);
    }
}
