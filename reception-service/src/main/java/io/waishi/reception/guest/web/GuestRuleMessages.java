package io.waishi.reception.guest.web;

import static io.waishi.platform.web.RuleMessages.text;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.web.RuleMessages;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the guest list rules say to the office, in Chinese and English, naming the rule and its source. */
@Component
class GuestRuleMessages implements RuleMessages {

    @Override
    public LocalizedText describe(RuleViolation violation) {
        Map<String, Object> p = violation.parameters();
        return switch (violation.code()) {
            case "GUEST_COUNT_EXCEEDED" -> text(
                    "来访团组批准人数为%1$s人（含翻译），名单将达%2$s人（规则 GUEST_COUNT_EXCEEDED，依据来访申请）",
                    "The visit is for %1$s guests, interpreters included; the list would hold %2$s "
                            + "(rule GUEST_COUNT_EXCEEDED, source: the visit request)",
                    p.get("guestCount"), p.get("actual"));
            case "HEAD_OF_DELEGATION_TAKEN" -> text(
                    "一个团组只有一位团长，现任团长为%1$s（规则 HEAD_OF_DELEGATION_TAKEN）",
                    "A delegation has one head, and %1$s already is (rule HEAD_OF_DELEGATION_TAKEN)",
                    p.get("headOfDelegation"));
            case "SPOUSE_NOT_ON_LIST" -> text(
                    "配偶所随同的外宾不在本团名单上（规则 SPOUSE_NOT_ON_LIST）",
                    "The guest this spouse accompanies is not on the list (rule SPOUSE_NOT_ON_LIST)");
            case "SPOUSE_OF_SELF" -> text(
                    "外宾不能是自己的配偶（规则 SPOUSE_OF_SELF）",
                    "A guest cannot be their own spouse (rule SPOUSE_OF_SELF)");
            case "SPOUSE_OF_A_SPOUSE" -> text(
                    "%1$s已作为配偶随团，配偶不能再有随行配偶（规则 SPOUSE_OF_A_SPOUSE）",
                    "%1$s accompanies as a spouse, and a spouse is not accompanied by another "
                            + "(rule SPOUSE_OF_A_SPOUSE)",
                    p.get("guest"));
            case "SPOUSE_ALREADY_LISTED" -> text(
                    "%1$s的配偶%2$s已在名单上（规则 SPOUSE_ALREADY_LISTED）",
                    "%2$s is already on the list as the spouse of %1$s (rule SPOUSE_ALREADY_LISTED)",
                    p.get("guest"), p.get("spouse"));
            case "PASSPORT_EXPIRES_BEFORE_DEPARTURE" -> text(
                    "%1$s的护照在离境日%2$s前到期，无法办理签证（规则 PASSPORT_EXPIRES_BEFORE_DEPARTURE）",
                    "The passport of %1$s expires by the departure date %2$s, too early for a visa "
                            + "(rule PASSPORT_EXPIRES_BEFORE_DEPARTURE)",
                    p.get("guest"), p.get("departureDate"));
            case "GUEST_HAS_SPOUSE_ON_LIST" -> text(
                    "%1$s的配偶%2$s仍在名单上，请先移除或修改配偶（规则 GUEST_HAS_SPOUSE_ON_LIST）",
                    "%2$s is on the list as the spouse of %1$s: remove or revise the spouse first "
                            + "(rule GUEST_HAS_SPOUSE_ON_LIST)",
                    p.get("guest"), p.get("spouse"));
            default -> null;
        };
    }
}
