package io.waishi.travel.delegation.web;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.web.RuleMessages;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the travel rules say to the clerk, in Chinese and English, naming the rule and its parameter. */
@Component
class TravelRuleMessages implements RuleMessages {

    @Override
    public LocalizedText describe(RuleViolation violation) {
        Map<String, Object> p = violation.parameters();
        return switch (violation.code()) {
            case "MAX_COUNTRIES" -> text(
                    "出访国家（地区）%s个，超过上限%s个（参数 %s，依据 %s）",
                    "%s countries or regions; at most %s are allowed (parameter %s, source %s)",
                    p.get("actual"), p.get("limit"), p.get("parameter"), p.get("source"));
            case "MAX_DAYS_ABROAD" -> p.containsKey("limitWithExtra")
                    ? text("在外%s天，出访%s国（含拉美、非洲）最多%s天（参数 %s 加 EXTRA_DAYS_LATIN_AMERICA_AFRICA，依据 %s）",
                            "%s days abroad; %s country(ies) including Latin America or Africa allow at most %s "
                                    + "(parameter %s plus EXTRA_DAYS_LATIN_AMERICA_AFRICA, source %s)",
                            p.get("actual"), p.get("countries"), p.get("limitWithExtra"), p.get("parameter"), p.get("source"))
                    : text("在外%s天，出访%s国最多%s天（含离、抵境当日；参数 %s，依据 %s）",
                            "%s days abroad; %s country(ies) allow at most %s, departure and arrival days included "
                                    + "(parameter %s, source %s)",
                            p.get("actual"), p.get("countries"), p.get("limit"), p.get("parameter"), p.get("source"));
            case "MAX_DELEGATION_SIZE" -> text(
                    "团组%s人，超过上限%s人（含翻译；参数 %s，依据 %s）",
                    "%s people; at most %s are allowed, interpreter included (parameter %s, source %s)",
                    p.get("actual"), p.get("limit"), p.get("parameter"), p.get("source"));
            case "OFFICIAL_BUSINESS_SHARE" -> text(
                    "公务活动占日程%s，低于%s（参数 %s，依据 %s）",
                    "Official business is %s of the schedule, less than %s (parameter %s, source %s)",
                    p.get("actual"), p.get("limit"), p.get("parameter"), p.get("source"));
            case "SCHEDULE_MISSING" -> text("缺少境外日程安排", "The overseas schedule is missing");
            case "UNIT_HEADS_TOGETHER" -> text(
                    "同一单位（%s）%s名主要负责人不得同团出访（依据 %s）",
                    "%2$s principal leaders of one unit (%1$s) may not travel in the same delegation (source %3$s)",
                    p.get("unit"), p.get("unitHeads"), p.get("source"));
            case "INVITATION_MISSING" -> text("缺少邀请函", "The invitation is missing");
            case "INVITATION_NOT_FROM_COUNTERPART" -> text(
                    "邀请方须为对口单位，不得为中介机构、华人华侨团体或外国驻华机构（%s）",
                    "The invitation must come from a counterpart body, not an intermediary, an overseas Chinese "
                            + "organisation or a foreign mission in China (%s)",
                    p.get("inviterKind"));
            case "INVITATION_TRANSLATION_MISSING" -> text("缺少邀请函中文译文", "The invitation's translation is missing");
            case "BUDGET_MISSING" -> text("无出访经费预算不得出访（依据 %s）", "No trip without a budget (source %s)",
                    p.get("source"));
            case "BUDGET_FUNDING_SOURCE_MISSING" -> text("预算未写明经费来源", "The budget does not name its funding source");
            case "BUDGET_FINANCE_SEAL_MISSING" -> text("预算说明未加盖财务印章", "The budget note lacks the finance seal");
            default -> null;
        };
    }

    private static LocalizedText text(String zh, String en, Object... values) {
        return LocalizedText.of(String.format(zh, values), String.format(en, values));
    }
}
