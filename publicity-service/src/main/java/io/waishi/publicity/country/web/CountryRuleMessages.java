package io.waishi.publicity.country.web;

import static io.waishi.platform.web.RuleMessages.text;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.web.RuleMessages;
import io.waishi.publicity.country.CountryProfile;
import org.springframework.stereotype.Component;

/** What the country profile rules say to the leader, in Chinese and English. */
@Component
class CountryRuleMessages implements RuleMessages {

    @Override
    public LocalizedText describe(RuleViolation violation) {
        if (!CountryProfile.SUMMARY_REQUIRED.equals(violation.code())) {
            return null;
        }
        Object level = violation.parameters().get("level");
        return text("将安全提醒级别提高到%s级（谨慎前往或暂勿前往）时须说明理由（summary）",
                "Raising the alert level to %s (travel with caution or do not travel) needs a summary of the reasons",
                level);
    }
}
