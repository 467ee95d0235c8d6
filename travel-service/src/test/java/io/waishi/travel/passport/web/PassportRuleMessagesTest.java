package io.waishi.travel.passport.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PassportRuleMessagesTest {

    private final PassportRuleMessages messages = new PassportRuleMessages();

    @Test
    void oneValidPassportPerPersonNamesThePassportFound() {
        LocalizedText text = messages.describe(RuleViolation.of("ONE_PASSPORT_PER_PERSON", "personId", Map.of(
                "personId", "P-1001", "limit", 1, "validPassports", 1, "existingPassportId", "p-9",
                "existingExpiresOn", "2030-05-01", "source", "S35")));
        assertThat(text.zh()).isEqualTo("P-1001已持有有效因公护照（p-9，有效期至2030-05-01），每人最多持有1本有效因公护照（依据 S35）");
        assertThat(text.en()).isEqualTo("Person P-1001 already holds a valid official passport (p-9, valid until "
                + "2030-05-01); one person holds at most 1 (source S35)");
    }

    @Test
    void theTypeByRankNamesTheExpectedType() {
        LocalizedText text = messages.describe(RuleViolation.of("PASSPORT_TYPE_BY_RANK", "type", Map.of(
                "rank", "VICE_MINISTER", "expected", "DIPLOMATIC", "actual", "SERVICE", "source", "S35")));
        assertThat(text.zh()).isEqualTo("职级VICE_MINISTER应持外交护照，不是公务护照（依据 S35）");
        assertThat(text.en()).isEqualTo("Rank VICE_MINISTER holds a diplomatic passport, not a service one (source S35)");
    }

    @Test
    void everyCodeAndReasonHasWords() {
        Map<String, Object> any = Map.of("personId", "P-1", "limit", 1, "validPassports", 2, "existingPassportId",
                "p-1", "existingExpiresOn", "2030-01-01", "source", "S35", "rank", "STAFF", "expected",
                "ORDINARY_OFFICIAL", "actual", "SERVICE", "expiresOn", "2027-01-01");
        for (String code : List.of("ONE_PASSPORT_PER_PERSON", "PASSPORT_TYPE_BY_RANK", "PASSPORT_EXPIRED",
                "PASSPORT_EXPIRES_BEFORE_DUE_DATE")) {
            assertWords(code, Map.of("dueBack", "2027-02-01"), any);
        }
        for (String reason : List.of("NO_VALID_PASSPORT", "SEVERAL_VALID_PASSPORTS", "NOT_IN_CUSTODY")) {
            assertWords("PASSPORT_MISSING", Map.of("reason", reason, "passportId", "p-1", "state", "ON_LOAN"), any);
        }
        assertThat(messages.describe(RuleViolation.of("MAX_DAYS_ABROAD", null, Map.of()))).isNull();
    }

    private void assertWords(String code, Map<String, Object> more, Map<String, Object> any) {
        Map<String, Object> parameters = new java.util.HashMap<>(any);
        parameters.putAll(more);
        LocalizedText text = messages.describe(RuleViolation.of(code, null, parameters));
        assertThat(text).as(code).isNotNull();
        assertThat(text.zh()).as(code).doesNotContain("null").doesNotContain("%");
        assertThat(text.en()).as(code).doesNotContain("null").doesNotContain("%");
    }
}
