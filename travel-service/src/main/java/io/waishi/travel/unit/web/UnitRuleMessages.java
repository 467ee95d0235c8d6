package io.waishi.travel.unit.web;

import static io.waishi.platform.web.RuleMessages.text;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.web.RuleMessages;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the unit quota rules say, in Chinese and English, naming the rule and its parameter. */
@Component
public class UnitRuleMessages implements RuleMessages {

    @Override
    public LocalizedText describe(RuleViolation violation) {
        Map<String, Object> p = violation.parameters();
        return switch (violation.code()) {
            case "QUOTA_RAISE_NOT_ELIGIBLE" -> text(
                    "单位%s未登记为从事外事或商务工作，%s年度出访批次不得超过默认限额%s批次（参数 %s，依据 %s）",
                    "Unit %s is not registered as doing foreign-affairs or commerce work, so its trips in %s cannot be "
                            + "raised above the default of %s (parameter %s, source %s)",
                    p.get("unit"), p.get("year"), p.get("limit"), p.get("parameter"), p.get("source"));
            case "QUOTA_RAISE_NOT_ABOVE_DEFAULT" -> text(
                    "单位%s核增后的%s年度限额%s批次须高于默认限额%s批次（参数 %s，依据 %s）",
                    "A raised quota for unit %s in %s must be above the default of %4$s trips; %3$s is not "
                            + "(parameter %5$s, source %6$s)",
                    p.get("unit"), p.get("year"), p.get("actual"), p.get("limit"), p.get("parameter"), p.get("source"));
            default -> null;
        };
    }

}
