package io.waishi.sistercity.project.web;

import static io.waishi.platform.web.RuleMessages.text;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.web.RuleMessages;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the cooperation-project rules say to the officer, in Chinese and English, naming the rule and its values. */
@Component
class ProjectRuleMessages implements RuleMessages {

    @Override
    public LocalizedText describe(RuleViolation violation) {
        Map<String, Object> p = violation.parameters();
        return switch (violation.code()) {
            case "PROJECT_PARTNER_UNKNOWN" -> text(
                    "合作项目须对应已登记的友好伙伴城市；没有编号为%s的伙伴城市",
                    "A project must be with a registered partner city; there is no partner city %s",
                    p.get("partnerCityId"));
            case "PROJECT_RELATIONSHIP_UNKNOWN" -> text(
                    "所关联的友好关系%s不存在",
                    "The linked relationship %s does not exist",
                    p.get("relationshipId"));
            case "PROJECT_RELATIONSHIP_OTHER_PARTNER" -> text(
                    "所关联的友好关系%s属于伙伴城市%s，而项目的伙伴城市为%s",
                    "The linked relationship %s is with partner city %s, but the project is with %s",
                    p.get("relationshipId"), p.get("relationshipPartnerCityId"), p.get("partnerCityId"));
            case "PROJECT_MILESTONES_OUTSTANDING" -> text(
                    "项目结项前，每个里程碑须已达成或明确放弃：尚有%s个未完成（%s）",
                    "Every milestone must be reached or dropped before the project is completed: %s still open (%s)",
                    p.get("open"), joined(p.get("openMilestoneIds")));
            case "PROJECT_MILESTONE_REACHED_IN_FUTURE" -> text(
                    "里程碑达成日期（%s）不能晚于今天（%s）",
                    "A milestone cannot be reached in the future: %s is after today, %s",
                    p.get("reachedOn"), p.get("today"));
            default -> null;
        };
    }

    private static String joined(Object values) {
        return values instanceof Iterable<?> items
                ? String.join(", ", java.util.stream.StreamSupport.stream(items.spliterator(), false)
                        .map(String::valueOf).toList())
                : String.valueOf(values);
    }
}
