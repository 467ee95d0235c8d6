package io.waishi.sistercity.activity.web;

import static io.waishi.platform.web.RuleMessages.text;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.web.RuleMessages;
import io.waishi.sistercity.activity.ActivityRules;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the activity rules say to the officer, in Chinese and English, naming the rule and its values. */
@Component
class ActivityRuleMessages implements RuleMessages {

    @Override
    public LocalizedText describe(RuleViolation violation) {
        Map<String, Object> p = violation.parameters();
        return switch (violation.code()) {
            case ActivityRules.PARTNER_UNKNOWN -> text(
                    "交流活动须与已登记的友好伙伴城市开展：没有编号为%s的伙伴城市",
                    "An exchange activity is with a registered partner city: there is no partner city %s",
                    p.get("partnerCityId"));
            case ActivityRules.END_BEFORE_START -> text(
                    "活动结束日期（%s）不能早于开始日期（%s）；当天往返的活动两者相同",
                    "An activity cannot end (%s) before it starts (%s); a one-day activity ends the day it starts",
                    p.get("endDate"), p.get("startDate"));
            case ActivityRules.OUTCOME_REQUIRED -> text(
                    "已举行的活动须填写成果（状态%s）",
                    "A held activity needs its outcome: what it achieved (status %s)",
                    p.get("status"));
            case ActivityRules.OUTCOME_BEFORE_HELD -> text(
                    "活动尚未举行（状态%s），不能填写成果；请先将其标记为已举行",
                    "The activity has not been held yet (status %s), so it has no outcome; mark it held first",
                    p.get("status"));
            default -> null;
        };
    }
}
