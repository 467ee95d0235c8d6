package io.waishi.publicity.item.web;

import static io.waishi.platform.web.RuleMessages.text;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.web.RuleMessages;
import io.waishi.publicity.item.ItemRules;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the content-item rules say to editors and reviewers, in Chinese and English. */
@Component
class ItemRuleMessages implements RuleMessages {

    @Override
    public LocalizedText describe(RuleViolation violation) {
        Map<String, Object> p = violation.parameters();
        return switch (violation.code()) {
            case ItemRules.LANGUAGE_NOT_OFFERED -> text(
                    "译文语种%s不在本办对外宣传语种之列（%s），中文为原文",
                    "%s is not one of the office's translation languages (%s); Chinese is the source",
                    p.get("language"), p.get("offered"));
            case ItemRules.VERSION_EXISTS -> text(
                    "该稿件已有%s语种版本，请修改现有版本",
                    "The item already has a %s version: edit it instead",
                    p.get("language"));
            case ItemRules.TRANSLATOR_NEEDED -> text(
                    "%s译文须注明译者",
                    "The %s translation must name its translator",
                    p.get("language"));
            case ItemRules.REASON_NEEDED -> text(
                    "撤稿须说明理由",
                    "A retraction needs its reason");
            default -> null;
        };
    }
}
