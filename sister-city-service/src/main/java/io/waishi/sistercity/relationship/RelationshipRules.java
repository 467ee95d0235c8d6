package io.waishi.sistercity.relationship;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.sistercity.partner.PartnerCity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sister-city rules (RULES.md §2), evaluated together so the officer sees everything that is wrong at
 * once: diplomatic relations, matching administrative level, the one-to-one rule, a named kind before the
 * approvals, and the national (CPAFFC) approval before the agreement.
 */
public final class RelationshipRules {

    private RelationshipRules() {
    }

    /** Whether this partner may have a relationship of this kind with the city. */
    public static List<RuleViolation> forPartner(RelationshipKind kind, Parties parties) {
        PartnerCity partner = parties.partner();
        List<RuleViolation> violations = new ArrayList<>();
        if (!partner.diplomaticRelations()) {
            violations.add(RuleViolation.of("DIPLOMATIC_RELATIONS_REQUIRED", "partnerCityId",
                    Map.of("partnerCityId", partner.id(), "country", partner.country())));
        }
        if (partner.administrativeLevel() != parties.ownLevel()) {
            violations.add(RuleViolation.of("ADMINISTRATIVE_LEVEL_MISMATCH", "partnerCityId", Map.of(
                    "ownLevel", parties.ownLevel().name(), "partnerLevel", partner.administrativeLevel().name())));
        }
        if (partner.otherChineseSisterCity() && kind != RelationshipKind.LETTER_OF_INTENT
                && kind != RelationshipKind.FRIENDLY_COOPERATION) {
            violations.add(RuleViolation.of("ONE_TO_ONE", "kind", Map.of("kind", kind.name(),
                    "allowedKind", RelationshipKind.FRIENDLY_COOPERATION.name())));
        }
        return violations;
    }

    /** Before an approval is asked or recorded: the partner rules, and a kind named beyond the intent. */
    public static List<RuleViolation> forApproval(RelationshipKind kind, Parties parties) {
        List<RuleViolation> violations = new ArrayList<>(forPartner(kind, parties));
        if (kind == RelationshipKind.LETTER_OF_INTENT) {
            violations.add(RuleViolation.of("KIND_NOT_NAMED", "kind", Map.of("kind", kind.name())));
        }
        return violations;
    }

    /**
     * A signing is recorded after it happened: neither the letter of intent nor the agreement is dated after
     * today (in the office's time zone), and the agreement not before the letter of intent that led to it.
     * Either signing may be absent.
     */
    public static List<RuleViolation> forSigningDates(Signing intent, Signing agreement, LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        notAfterToday(intent, "intent.date", today, violations);
        notAfterToday(agreement, "agreement.date", today, violations);
        if (intent != null && agreement != null && agreement.date().isBefore(intent.date())) {
            violations.add(RuleViolation.of("AGREEMENT_BEFORE_INTENT", "agreement.date",
                    Map.of("date", agreement.date().toString(), "intentDate", intent.date().toString())));
        }
        return violations;
    }

    private static void notAfterToday(Signing signing, String field, LocalDate today, List<RuleViolation> violations) {
        if (signing != null && signing.date().isAfter(today)) {
            violations.add(RuleViolation.of("SIGNING_DATE_IN_FUTURE", field,
                    Map.of("date", signing.date().toString(), "today", today.toString())));
        }
    }

    /** Before the agreement is signed: everything the approvals needed, and the CPAFFC's approval itself. */
    public static List<RuleViolation> forAgreement(RelationshipKind kind, RelationshipStage stage, Parties parties) {
        List<RuleViolation> violations = new ArrayList<>(forApproval(kind, parties));
        if (!stage.nationallyApproved()) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("stage", stage.name());
            parameters.put("requiredStage", RelationshipStage.CPAFFC_APPROVED.name());
            violations.add(RuleViolation.of("NATIONAL_APPROVAL_REQUIRED", null, parameters));
        }
        return violations;
    }
}
