package io.waishi.travel.delegation.web;

import static io.waishi.platform.web.RuleMessages.text;

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
            case "UNIT_NOT_REGISTERED" -> p.containsKey("unit")
                    ? text("单位%s未在外办登记，其年度计划不能批准",
                            "Unit %s is not registered with the Foreign Affairs Office; its annual plan cannot be approved",
                            p.get("unit"))
                    : text("本单位未在外办登记，不能报送出访团组",
                            "The unit is not registered with the Foreign Affairs Office and cannot send delegations");
            case "UNIT_QUOTA" -> text(
                    "本单位%s年出访将达%s批，超过限额%s批（参数 %s，依据 %s；教学科研人员学术交流不计）",
                    "This would be the unit's trip no. %2$s in %1$s; its quota is %3$s (parameter %4$s, source %5$s; "
                            + "academic exchanges do not count)",
                    p.get("year"), p.get("actual"), p.get("limit"), p.get("parameter"), p.get("source"));
            case "SAME_COUNTRY_INTERVAL" -> text(
                    "本单位已有团组于%s赴%s，间隔不足%s个月（参数 %s，依据 %s）",
                    "The unit already has a delegation to %2$s departing %1$s, less than %3$s months apart "
                            + "(parameter %4$s, source %5$s)",
                    p.get("otherDepartureDate"), p.get("country"), p.get("limit"), p.get("parameter"), p.get("source"));
            case "PLAN_MISSING" -> text("本单位%s年度出访计划尚未获批（依据 S2）",
                    "The unit has no approved annual plan for %s (source S2)", p.get("year"));
            case "PLAN_ITEM_REQUIRED" -> text("须注明对应的年度出访计划项目，或以计划外出访替换的计划项目（依据 S2）",
                    "Name the annual plan item this trip carries out, or the planned trip it replaces (source S2)");
            case "PLAN_ITEM_UNKNOWN" -> text("%s年度出访计划中没有项目%s", "The %s annual plan has no item %s",
                    p.get("year"), p.get("planItemId"));
            case "PLAN_ITEM_TAKEN" -> text("计划项目%s已由团组%s使用", "Plan item %s is already used by delegation %s",
                    p.get("planItemId"), p.get("otherDelegationId"));
            case "PLAN_ITEM_MISMATCH" -> text(
                    "计划项目%s的国家为%s，本团组赴%s；如为计划外替换，请注明替换该计划项目",
                    "Plan item %s goes to %s but this trip goes to %s; if it replaces the planned trip, say so",
                    p.get("planItemId"), p.get("plannedCountries"), p.get("destinationCountries"));
            case "UNIT_BLOCKED_BY_OVERDUE_PASSPORT" -> text(
                    "本单位有因公护照逾期未交%s天，超过%s天，暂停受理出访申请（参数 %s，依据 %s）",
                    "A passport of the unit is %s days overdue, more than %s: new applications are suspended "
                            + "(parameter %s, source %s)",
                    p.get("actual"), p.get("limit"), p.get("parameter"), p.get("source"));
            case "MEMBER_NOT_IDENTIFIED" -> text("第%s名团员缺少人员编号，无法核发因公护照",
                    "Member %s has no person id, so no official passport can be issued", p.get("member"));
            // The passport register words its own refusal of a second passport; this one is about a member.
            case "ONE_PASSPORT_PER_PERSON" -> !p.containsKey("member") ? null : text("第%s名团员登记了%s本有效因公护照，每人限持一本（依据 %s）",
                    "Member %s has %s valid official passports registered; one person holds one (source %s)",
                    p.get("member"), p.get("validPassports"), p.get("source"));
            case "AGREEMENT_NEEDS_CPAFFC_APPROVAL" -> !p.containsKey("partnerCityId")
                    ? text("以签署友城协议为主要任务的出访，须注明签约的友好城市，且须在全国对外友协批准后进行（依据 %s）",
                            "A delegation going mainly to sign an agreement must name the partner city, and goes only "
                                    + "after CPAFFC's approval (source %s)",
                            p.get("source"))
                    : text("以签署友城协议为主要任务的出访，须在全国对外友协批准后进行：与友好城市%s的关系目前处于%s阶段（依据 %s）",
                            "A delegation going mainly to sign an agreement goes only after CPAFFC's approval: the "
                                    + "relationship with partner city %s is at stage %s (source %s)",
                            p.get("partnerCityId"), p.get("stage"), p.get("source"));
            case "CORRECTION_NOTICE_ONCE" -> text("补正通知只能发出一次（已于%s发出；依据 %s）",
                    "A file gets one correction notice only (sent %s; source %s)", p.get("noticeSentAt"),
                    p.get("source"));
            case "CORRECTION_OVERDUE" -> text("补正期限已于%s届满（参数 %s：%s个工作日，依据 %s）",
                    "The correction period ended on %s (parameter %s: %s working days, source %s)",
                    p.get("dueOn"), p.get("parameter"), p.get("limit"), p.get("source"));
            case "PRE_TRIP_NOTICE_PERIOD" -> text(
                    "行前公示自%s起已满%s个工作日，须满%s个工作日（%s起可审批；参数 %s，依据 %s）",
                    "The pre-trip notice posted %s has run %s working days of the %s required (approvable from %s; "
                            + "parameter %s, source %s)",
                    p.get("postedOn"), p.get("actual"), p.get("limit"), p.get("endsOn"), p.get("parameter"),
                    p.get("source"));
            case "PRE_TRIP_NOTICE_OBJECTION" -> text("行前公示有%s项异议尚未处理（依据 %s）",
                    "%s objection(s) to the pre-trip notice are not settled (source %s)", p.get("openObjections"),
                    p.get("source"));
            case "APPROVAL_REFERENCE_REQUIRED" -> text(
                    "团组最高级别为%s，须由%s审批，请填写其批件文号（依据 %s）",
                    "The most senior member ranks %s, so the approval rests with %s: cite its reference (source %s)",
                    p.get("mostSeniorRank"), p.get("approvingLevel"), p.get("source"));
            case "REPORT_PHOTOS" -> text("出访报告附照片%s张，至少%s张（参数 %s，依据 %s）",
                    "The report has %s photo(s); at least %s are required (parameter %s, source %s)",
                    p.get("actual"), p.get("limit"), p.get("parameter"), p.get("source"));
            default -> null;
        };
    }

}
