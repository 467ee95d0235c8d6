package io.waishi.reception.letter.web;

import static io.waishi.platform.web.RuleMessages.text;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.web.RuleMessages;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the visa letter rules say to the office, in Chinese and English, naming the rule and its source. */
@Component
class LetterRuleMessages implements RuleMessages {

    @Override
    public LocalizedText describe(RuleViolation violation) {
        Map<String, Object> p = violation.parameters();
        return switch (violation.code()) {
            case "LETTER_BEFORE_APPROVAL" -> text(
                    "来访未经批准前不得发出邀请或作出承诺，本团状态为%1$s（规则 LETTER_BEFORE_APPROVAL，依据 S18c、S19）",
                    "No invitation or commitment before the visit is approved; this visit is %1$s "
                            + "(rule LETTER_BEFORE_APPROVAL, sources S18c, S19)",
                    p.get("status"));
            case "LETTER_VISIT_CLOSED" -> text(
                    "来访已结束或取消（状态%1$s），不再出具邀请函（规则 LETTER_VISIT_CLOSED）",
                    "The visit is over or cancelled (%1$s): no more invitation letters (rule LETTER_VISIT_CLOSED)",
                    p.get("status"));
            case "LETTER_PURPOSE_MISSING" -> text(
                    "邀请函须载明来访事由，来访申请未写明事由，请在出具时填写（规则 LETTER_PURPOSE_MISSING，依据 S38）",
                    "An invitation letter states the purpose of the visit; the visit request gives none, so word it "
                            + "when issuing (rule LETTER_PURPOSE_MISSING, source S38)");
            case "LETTER_NOBODY_TO_INVITE" -> text(
                    "名单%1$s人中没有需要邀请函的外宾（须有护照信息及申请签证的使领馆），已邀请%2$s人"
                            + "（规则 LETTER_NOBODY_TO_INVITE）",
                    "None of the %1$s guests needs a letter: a letter is for guests with passport data and the "
                            + "embassy or consulate they apply at; %2$s already have one (rule LETTER_NOBODY_TO_INVITE)",
                    p.get("guests"), p.get("alreadyInvited"));
            default -> null;
        };
    }
}
