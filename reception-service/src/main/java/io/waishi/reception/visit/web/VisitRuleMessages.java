package io.waishi.reception.visit.web;

import static io.waishi.platform.web.RuleMessages.text;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.web.RuleMessages;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the visit rules say to the office, in Chinese and English, naming the rule and its parameter. */
@Component
class VisitRuleMessages implements RuleMessages {

    @Override
    public LocalizedText describe(RuleViolation violation) {
        Map<String, Object> p = violation.parameters();
        return switch (violation.code()) {
            case "HOSTED_DAYS_EXCEEDED" -> text(
                    "无对等接待协议时，接待天数（含抵离当日）不超过%2$s天，本团为%1$s天"
                            + "（参数 HOSTED_DAYS_WITHOUT_RECIPROCITY，依据 S19）",
                    "Without a reciprocity agreement a hosted visit lasts at most %2$s days, arrival and departure "
                            + "included; this one lasts %1$s (parameter HOSTED_DAYS_WITHOUT_RECIPROCITY, source S19)",
                    p.get("hostedDays"), p.get("maxDays"));
            case "VISA_LETTERS_MISSING" -> text(
                    "尚未签发签证邀请函，不能登记为已签发；无需签证的来宾可直接报送接待方案",
                    "No visa invitation letter has been issued yet; guests who need no visa go straight to the "
                            + "reception plan");
            case "RECEPTION_PLAN_MISSING" -> text(
                    "尚无接待方案，请先编制接待方案再报批（依据 S31b）",
                    "There is no reception plan to submit yet: draw it up first (source S31b)");
            default -> null;
        };
    }
}
