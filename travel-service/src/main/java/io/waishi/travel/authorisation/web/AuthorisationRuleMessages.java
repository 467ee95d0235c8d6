package io.waishi.travel.authorisation.web;

import static io.waishi.platform.web.RuleMessages.text;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.web.RuleMessages;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the multi-trip authorisation's checks say, in Chinese and English. */
@Component
class AuthorisationRuleMessages implements RuleMessages {

    @Override
    public LocalizedText describe(RuleViolation violation) {
        Map<String, Object> p = violation.parameters();
        return switch (violation.code()) {
            case "AUTHORISATION_CATEGORY" -> text("%s类人员不适用一次审批、多次有效（适用：%s；依据 %s）",
                    "Category %s cannot get a multi-trip authorisation (eligible: %s; source %s)",
                    p.get("category"), p.get("eligible"), p.get("source"));
            case "AUTHORISATION_PERSON_NOT_COVERED" -> text("人员%s不在批件范围内",
                    "Person %s is not covered by the authorisation", p.get("personId"));
            case "AUTHORISATION_COUNTRY_NOT_COVERED" -> text("国家%s不在批件范围内",
                    "Country %s is not covered by the authorisation", p.get("country"));
            case "AUTHORISATION_NOT_VALID" -> text("行程须在批件有效期%s至%s内（参数 %s：%s个月）",
                    "The trip must fall within the authorisation's validity, %s to %s (parameter %s: %s months)",
                    p.get("validFrom"), p.get("validUntil"), p.get("parameter"), p.get("limit"));
            default -> null;
        };
    }

}
