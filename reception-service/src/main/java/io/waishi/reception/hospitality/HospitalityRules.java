package io.waishi.reception.hospitality;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.reception.policy.ReceptionPolicy;
import io.waishi.reception.visit.VisitStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hospitality rules of RULES.md §3, each a policy parameter, all evaluated and reported together:
 * <ul>
 *   <li>{@code VISIT_NOT_APPROVED} — no commitment before hosting the visit is approved (S18c, S19);</li>
 *   <li>{@code BANQUETS_PER_STAY} — at most {@code banquetsPerStay} banquets per visit; buffets, cocktail
 *       receptions and tea parties do not count (S18);</li>
 *   <li>{@code COST_PER_HEAD_EXCEEDED} — cost per head by kind and host rank (S18);</li>
 *   <li>{@code GIFT_VALUE_EXCEEDED} — gift value by the giver's and receiver's rank (S18b);</li>
 *   <li>{@code GIFT_RECIPIENT_NOT_ALLOWED} — gifts only to the head of delegation, spouse and key members
 *       (S18b);</li>
 *   <li>{@code GIFT_ALREADY_GIVEN} — once per guest per visit (S18b);</li>
 *   <li>{@code GIFT_FIRST_VISIT_NOT_IN_RETURN} — a first-time visitor gets a gift only in return (S21).</li>
 * </ul>
 * A cap itself is allowed: RMB 300 per head at a 300 cap, 301 refused.
 */
public final class HospitalityRules {

    private HospitalityRules() {
    }

    /** Recording a banquet, with those already on the visit. */
    public static List<RuleViolation> forBanquet(VisitStatus visit, List<Banquet> recorded, Banquet banquet,
            ReceptionPolicy policy) {
        List<RuleViolation> violations = approval(visit);
        if (banquet.kind().countsAsBanquet()) {
            long banquets = recorded.stream().filter(b -> b.kind().countsAsBanquet()).count() + 1;
            if (banquets > policy.banquetsPerStay()) {
                violations.add(RuleViolation.of("BANQUETS_PER_STAY", "kind",
                        Map.of("banquets", banquets, "limit", policy.banquetsPerStay())));
            }
        }
        Cap cap = banquet.kind().capPerHead(banquet.hostRank(), policy);
        if (!cap.allows(banquet.costPerHeadYuan())) {
            violations.add(RuleViolation.of("COST_PER_HEAD_EXCEEDED", "costPerHeadYuan", Map.of(
                    "kind", banquet.kind().name(), "hostRank", banquet.hostRank().name(), "parameter", cap.parameter(),
                    "limit", cap.limitYuan(), "actual", banquet.costPerHeadYuan())));
        }
        return violations;
    }

    /** Giving a gift, with those already given at the visit. */
    public static List<RuleViolation> forGiftGiven(VisitStatus visit, List<GiftGiven> given, GiftGiven gift,
            ReceptionPolicy policy) {
        List<RuleViolation> violations = approval(visit);
        Cap cap = GiftGiven.cap(gift.giverRank(), gift.recipientRank(), policy);
        if (!cap.allows(gift.valueYuan())) {
            violations.add(RuleViolation.of("GIFT_VALUE_EXCEEDED", "valueYuan", Map.of(
                    "giverRank", gift.giverRank().name(), "recipientRank", gift.recipientRank().name(),
                    "parameter", cap.parameter(), "limit", cap.limitYuan(), "actual", gift.valueYuan())));
        }
        if (!gift.recipientRole().mayReceiveGift()) {
            violations.add(RuleViolation.of("GIFT_RECIPIENT_NOT_ALLOWED", "recipientRole",
                    Map.of("recipientRole", gift.recipientRole().name())));
        }
        if (given.stream().anyMatch(g -> g.guestId().equals(gift.guestId()))) {
            violations.add(RuleViolation.of("GIFT_ALREADY_GIVEN", "guestId",
                    Map.of("guestId", gift.guestId(), "limit", 1)));
        }
        if (gift.firstVisit() && !gift.inReturn()) {
            violations.add(RuleViolation.of("GIFT_FIRST_VISIT_NOT_IN_RETURN", "inReturn",
                    Map.of("firstVisit", true, "inReturn", false)));
        }
        return violations;
    }

    /** Recording a gift received: only the visit's approval; its value only decides whether it is declared. */
    public static List<RuleViolation> forGiftReceived(VisitStatus visit) {
        return approval(visit);
    }

    private static List<RuleViolation> approval(VisitStatus visit) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!visit.approved()) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("visitStatus", visit.name());
            violations.add(RuleViolation.of("VISIT_NOT_APPROVED", null, parameters));
        }
        return violations;
    }
}
