package io.waishi.publicity.publication.web;

import static io.waishi.platform.web.RuleMessages.text;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.web.RuleMessages;
import io.waishi.publicity.publication.PublicationRules;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the publishing rules say to editors, in Chinese and English. */
@Component
class PublicationRuleMessages implements RuleMessages {

    @Override
    public LocalizedText describe(RuleViolation violation) {
        Map<String, Object> p = violation.parameters();
        return switch (violation.code()) {
            case PublicationRules.NOT_FINALLY_REVIEWED -> text(
                    "%s版本尚未通过终审（当前审核状态：%s），先审后发",
                    "The %s version has not passed the final review (review state: %s): review before publishing",
                    p.get("language"), p.get("state"));
            case PublicationRules.CHANNEL_LANGUAGE_NOT_TAKEN -> text(
                    "渠道%s不发布%s语种（可发布：%s）",
                    "The channel %s does not take %s (it takes %s)",
                    p.get("channel"), p.get("language"), p.get("takes"));
            case PublicationRules.ALREADY_ON_CHANNEL -> text(
                    "%2$s版本已在渠道%1$s发布或排期（%3$s）",
                    "The %2$s version is already on %1$s (%3$s)",
                    p.get("channel"), p.get("language"), p.get("status"));
            case PublicationRules.SCHEDULE_NOT_IN_FUTURE -> text(
                    "定时发布时间须晚于当前时间（%s）",
                    "A scheduled time must be in the future (%s)",
                    p.get("at"));
            default -> null;
        };
    }
}
