package io.waishi.reception.hospitality.web;

import static io.waishi.platform.web.RuleMessages.text;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.web.RuleMessages;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the hospitality rules say to the office, in Chinese and English, naming each rule's parameter and source. */
@Component
class HospitalityRuleMessages implements RuleMessages {

    @Override
    public LocalizedText describe(RuleViolation violation) {
        Map<String, Object> p = violation.parameters();
        return switch (violation.code()) {
            case "VISIT_NOT_APPROVED" -> text(
                    "来访接待未经批准（当前状态 %1$s），不得安排宴请、赠礼或作出其他承诺（依据 S18c、S19）",
                    "Hosting this visit is not approved (status %1$s): no banquets, gifts or other commitments "
                            + "before approval (sources S18c, S19)",
                    p.get("visitStatus"));
            case "BANQUETS_PER_STAY" -> text(
                    "每次来访宴请不超过%2$s次，本次为第%1$s次；自助餐、酒会、茶会不计入"
                            + "（参数 BANQUETS_PER_STAY，依据 S18）",
                    "At most %2$s banquets per stay; this would be banquet %1$s (buffets, cocktail receptions and "
                            + "tea parties do not count) (parameter BANQUETS_PER_STAY, source S18)",
                    p.get("banquets"), p.get("limit"));
            case "COST_PER_HEAD_EXCEEDED" -> text(
                    "%1$s人均标准不超过%3$s元（主人级别 %2$s），本次为%4$s元（参数 %5$s，依据 S18）",
                    "A %1$s with a %2$s-level host costs at most RMB %3$s per head; this one costs RMB %4$s "
                            + "(parameter %5$s, source S18)",
                    p.get("kind"), p.get("hostRank"), p.get("limit"), p.get("actual"), p.get("parameter"));
            case "GIFT_VALUE_EXCEEDED" -> text(
                    "礼品价值不超过%3$s元（赠送方级别 %1$s，受礼方级别 %2$s），本件为%4$s元（参数 %5$s，依据 S18b）",
                    "A gift between a %1$s-level giver and a %2$s-level recipient is worth at most RMB %3$s; "
                            + "this one is worth RMB %4$s (parameter %5$s, source S18b)",
                    p.get("giverRank"), p.get("recipientRank"), p.get("limit"), p.get("actual"), p.get("parameter"));
            case "GIFT_RECIPIENT_NOT_ALLOWED" -> text(
                    "礼品只赠团长（必要时含配偶和主要成员），不赠%1$s（依据 S18b）",
                    "Gifts go to the head of delegation (and, if needed, the spouse and key members), not to %1$s "
                            + "(source S18b)",
                    p.get("recipientRole"));
            case "GIFT_ALREADY_GIVEN" -> text(
                    "每位来宾每次来访只赠礼一次，来宾 %1$s 已获赠（依据 S18b）",
                    "A guest receives one gift per visit; guest %1$s already has one (source S18b)",
                    p.get("guestId"));
            case "GIFT_FIRST_VISIT_NOT_IN_RETURN" -> text(
                    "首次来访的外宾只作回赠，不主动赠礼（依据 S21）",
                    "A first-time visitor receives a gift only in return for one (source S21)");
            case "GIFT_RECIPIENT_NOT_A_GUEST" -> text(
                    "受礼人 %s 不在本团来宾名单上",
                    "The recipient %s is not on the visit's guest list",
                    p.get("guestId"));
            default -> null;
        };
    }
}
