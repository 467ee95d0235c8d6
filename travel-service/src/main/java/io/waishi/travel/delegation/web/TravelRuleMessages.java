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
            // Units and annual plans (io.waishi.travel.unit, io.waishi.travel.plan): kept here while the platform's
            // ProblemDetailsAdvice takes a single RuleMessages bean; they move to unit.web and plan.web once it
            // takes one per feature.
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
            case "UNIT_NOT_REGISTERED" -> text(
                    "单位%s未在外办登记，其年度计划不能批准",
                    "Unit %s is not registered with the Foreign Affairs Office; its annual plan cannot be approved",
                    p.get("unit"));
            default -> null;
        };
    }

    private static LocalizedText text(String zh, String en, Object... values) {
        return LocalizedText.of(String.format(zh, values), String.format(en, values));
    }
}
