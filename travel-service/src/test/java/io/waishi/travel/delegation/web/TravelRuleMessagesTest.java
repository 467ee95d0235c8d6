package io.waishi.travel.delegation.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TravelRuleMessagesTest {

    private final TravelRuleMessages messages = new TravelRuleMessages();

    @Test
    void aLimitMessageNamesTheRuleParameterLimitAndSource() {
        LocalizedText text = messages.describe(RuleViolation.of("MAX_DELEGATION_SIZE", "members", Map.of(
                "parameter", "MAX_DELEGATION_SIZE", "limit", new BigDecimal("6"), "actual", 7, "source", "S1, S2")));
        assertThat(text.zh()).isEqualTo("团组7人，超过上限6人（含翻译；参数 MAX_DELEGATION_SIZE，依据 S1, S2）");
        assertThat(text.en()).isEqualTo("7 people; at most 6 are allowed, interpreter included "
                + "(parameter MAX_DELEGATION_SIZE, source S1, S2)");
    }

    @Test
    void theExtraDayForLatinAmericaAndAfricaIsNamed() {
        LocalizedText text = messages.describe(RuleViolation.of("MAX_DAYS_ABROAD", "returnDate", Map.of(
                "parameter", "MAX_DAYS_ONE_COUNTRY", "limit", new BigDecimal("5"), "actual", 7L, "source", "S1",
                "countries", 1, "extraDaysLatinAmericaAfrica", 1, "limitWithExtra", 6L)));
        assertThat(text.en()).contains("at most 6").contains("EXTRA_DAYS_LATIN_AMERICA_AFRICA");
    }

    @Test
    void everyRuleOfTheRulebookHasWords() {
        Map<String, Object> any = Map.of("parameter", "P", "limit", 1, "actual", 2, "source", "S", "countries", 1,
                "unit", "U", "unitHeads", 2L, "inviterKind", "INTERMEDIARY_AGENCY");
        for (String code : List.of("MAX_COUNTRIES", "MAX_DAYS_ABROAD", "MAX_DELEGATION_SIZE", "OFFICIAL_BUSINESS_SHARE",
                "SCHEDULE_MISSING", "UNIT_HEADS_TOGETHER", "INVITATION_MISSING", "INVITATION_NOT_FROM_COUNTERPART",
                "INVITATION_TRANSLATION_MISSING", "BUDGET_MISSING", "BUDGET_FUNDING_SOURCE_MISSING",
                "BUDGET_FINANCE_SEAL_MISSING")) {
            LocalizedText text = messages.describe(RuleViolation.of(code, null, any));
            assertThat(text).as(code).isNotNull();
            assertThat(text.en()).as(code).doesNotContain("%").doesNotContain("null");
        }
        assertThat(messages.describe(RuleViolation.of("SOMETHING_NEW", null, Map.of()))).isNull();
    }
}
