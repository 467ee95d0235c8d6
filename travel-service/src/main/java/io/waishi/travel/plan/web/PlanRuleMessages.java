package io.waishi.travel.plan.web;

import static io.waishi.platform.web.RuleMessages.text;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.web.RuleMessages;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the annual plan rules say, in Chinese and English, naming the rule and its parameter. */
@Component
public class PlanRuleMessages implements RuleMessages {

    @Override
    public LocalizedText describe(RuleViolation violation) {
        Map<String, Object> p = violation.parameters();
        return switch (violation.code()) {
            case "PLAN_OVER_QUOTA" -> p.containsKey("raisedBy")
                    ? text("%s年度计划列入出访%s批次，超过单位%s经核增的年度限额%s批次（%s于%s核增）",
                            "The plan for %s holds %s trips; unit %s may send at most %s that year "
                                    + "(quota raised by %s at %s)",
                            p.get("year"), p.get("actual"), p.get("unit"), p.get("limit"), p.get("raisedBy"),
                            p.get("raisedAt"))
                    : text("%s年度计划列入出访%s批次，超过单位%s的年度限额%s批次（参数 %s，依据 %s）",
                            "The plan for %s holds %s trips; unit %s may send at most %s a year "
                                    + "(parameter %s, source %s)",
                            p.get("year"), p.get("actual"), p.get("unit"), p.get("limit"), p.get("parameter"),
                            p.get("source"));
            default -> null;
        };
    }

}
