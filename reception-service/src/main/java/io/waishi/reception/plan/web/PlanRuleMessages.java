package io.waishi.reception.plan.web;

import static io.waishi.platform.web.RuleMessages.text;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.web.RuleMessages;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the reception plan rules say to the office, in Chinese and English, naming the rule and its values. */
@Component
class PlanRuleMessages implements RuleMessages {

    @Override
    public LocalizedText describe(RuleViolation violation) {
        Map<String, Object> p = violation.parameters();
        return switch (violation.code()) {
            case "PLAN_BEFORE_APPROVAL" -> text(
                    "接待任务获批前不得制定接待方案或作出安排（来访状态 %s，依据 S18c、S19）",
                    "No reception plan or booking before the visit is approved (visit status %s; sources S18c, S19)",
                    p.get("visitStatus"));
            case "ITEM_ENDS_BEFORE_START" -> text("日程 %s 的结束时间（%s）须晚于开始时间（%s）",
                    "Schedule item %s must end (%s) after it starts (%s)", p.get("itemId"), p.get("end"), p.get("start"));
            case "ITEM_OUTSIDE_VISIT" -> text("日程 %s（%s 至 %s）须在来访日期 %s 至 %s 之内",
                    "Schedule item %s (%s to %s) must lie within the visit's dates, %s to %s", p.get("itemId"),
                    p.get("start"), p.get("end"), p.get("arrivalDate"), p.get("departureDate"));
            case "INTERPRETER_DOUBLE_BOOKED" -> text(
                    "翻译 %s 在日程 %s 的时间已被来访 %s 的日程 %s（%s 至 %s）占用",
                    "Interpreter %s is already booked at the time of item %s, by item %s of visit %s (%s to %s)",
                    p.get("interpreterId"), p.get("itemId"), p.get("otherVisitId"), p.get("otherItemId"),
                    p.get("from"), p.get("to"));
            case "VENUE_DOUBLE_BOOKED" -> text(
                    "场地 %s 在日程 %s 的时间已被来访 %s 的日程 %s（%s 至 %s）占用",
                    "Venue %s is already booked at the time of item %s, by item %s of visit %s (%s to %s)",
                    p.get("venueId"), p.get("itemId"), p.get("otherVisitId"), p.get("otherItemId"),
                    p.get("from"), p.get("to"));
            case "INTERPRETER_LANGUAGE_MISSING" -> text("翻译 %s 不能承担日程 %s 的 %s 翻译（其语种：%s）",
                    "Interpreter %s does not work in %3$s, asked for item %2$s (their languages: %4$s)",
                    p.get("interpreterId"), p.get("itemId"), p.get("language"), p.get("languages"));
            case "INTERPRETER_UNAVAILABLE" -> text("翻译 %s 在 %s 至 %s 不可用，不能安排日程 %s",
                    "Interpreter %s is unavailable from %s to %s, so cannot take item %s", p.get("interpreterId"),
                    p.get("from"), p.get("to"), p.get("itemId"));
            case "INTERPRETER_INACTIVE" -> text("翻译 %s 已停用，不能安排日程 %s",
                    "Interpreter %s is deactivated and cannot take item %s", p.get("interpreterId"), p.get("itemId"));
            case "INTERPRETER_NOT_FOUND" -> text("日程 %2$s 所列翻译 %1$s 不存在",
                    "Item %2$s names interpreter %1$s, who is not on the office's list", p.get("interpreterId"),
                    p.get("itemId"));
            case "VENUE_TOO_SMALL" -> text("场地 %s 仅容纳 %s 人，日程 %s 需容纳全团 %s 人",
                    "Venue %s seats %s, but item %s seats the whole delegation of %s", p.get("venueId"),
                    p.get("capacity"), p.get("itemId"), p.get("guestCount"));
            case "VENUE_INACTIVE" -> text("场地 %s 已停用，不能安排日程 %s",
                    "Venue %s is deactivated and cannot host item %s", p.get("venueId"), p.get("itemId"));
            case "VENUE_NOT_FOUND" -> text("日程 %2$s 所列场地 %1$s 不存在",
                    "Item %2$s names venue %1$s, which is not on the office's list", p.get("venueId"), p.get("itemId"));
            case "CHECKLIST_OWNER_MISSING" -> text("清单事项 %s 设为 %s 时须指定负责人",
                    "Checklist task %s needs an owner to be %s", p.get("task"), p.get("state"));
            default -> null;
        };
    }
}
