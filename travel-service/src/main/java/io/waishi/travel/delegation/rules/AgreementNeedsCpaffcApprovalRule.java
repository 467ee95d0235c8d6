package io.waishi.travel.delegation.rules;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.travel.delegation.TripPlan;
import io.waishi.travel.policy.PolicySnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A delegation going abroad mainly to sign an agreement with a partner city goes only once the China
 * People's Association for Friendship with Foreign Countries (CPAFFC, 全国对外友协) has approved the
 * relationship (S13). The file names the partner; the partner's relationship must be nationally approved
 * now — approved, signed, active or dormant, not merely reviewed by the province, nor terminated.
 */
final class AgreementNeedsCpaffcApprovalRule implements TravelRule {

    static final String CODE = "AGREEMENT_NEEDS_CPAFFC_APPROVAL";
    static final String SOURCE = "S13";
    /** The stage named when the office knows no relationship with the partner. */
    static final String NO_RELATIONSHIP = "none";

    @Override
    public List<RuleViolation> check(TripPlan plan, TripContext context, PolicySnapshot policy) {
        if (!plan.signsAgreement()) {
            return List.of();
        }
        if (plan.partnerCityId() == null) {
            return List.of(RuleViolation.of(CODE, "partnerCityId", Map.of("stage", NO_RELATIONSHIP, "source", SOURCE)));
        }
        TripContext.PartnerStanding partner = context.partner()
                .filter(standing -> plan.partnerCityId().equals(standing.partnerCityId()))
                .orElse(TripContext.PartnerStanding.none(plan.partnerCityId()));
        if (partner.nationallyApproved()) {
            return List.of();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("partnerCityId", partner.partnerCityId());
        parameters.put("stage", partner.stage() == null ? NO_RELATIONSHIP : partner.stage());
        if (partner.relationshipId() != null) {
            parameters.put("relationshipId", partner.relationshipId());
            parameters.put("kind", partner.kind());
        }
        parameters.put("source", SOURCE);
        return List.of(RuleViolation.of(CODE, "partnerCityId", parameters));
    }
}
