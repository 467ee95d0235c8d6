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

    /** The rules that need the office's records and the workflow's own checks, each with what it reports. */
    @Test
    void everyWorkflowAndContextRuleHasWordsThatUseWhatItReports() {
        Map<String, Map<String, Object>> reported = Map.ofEntries(
                Map.entry("UNIT_NOT_REGISTERED", Map.of()),
                Map.entry("UNIT_QUOTA", Map.of("parameter", "RAISED", "limit", 3, "actual", 4, "year", 2027, "source", "S3")),
                Map.entry("SAME_COUNTRY_INTERVAL", Map.of("parameter", "SAME_COUNTRY_INTERVAL_MONTHS", "limit", 6,
                        "actual", 2, "source", "S3", "country", "JP", "otherDelegationId", "d-2",
                        "otherDepartureDate", "2027-01-10")),
                Map.entry("PLAN_MISSING", Map.of("year", 2027, "source", "S2")),
                Map.entry("PLAN_ITEM_REQUIRED", Map.of("year", 2027, "source", "S2")),
                Map.entry("PLAN_ITEM_UNKNOWN", Map.of("planItemId", "P9", "year", 2027)),
                Map.entry("PLAN_ITEM_TAKEN", Map.of("planItemId", "P1", "otherDelegationId", "d-2")),
                Map.entry("PLAN_ITEM_MISMATCH", Map.of("planItemId", "P1", "plannedCountries", "JP",
                        "destinationCountries", "KR")),
                Map.entry("UNIT_BLOCKED_BY_OVERDUE_PASSPORT", Map.of("parameter", "PASSPORT_OVERDUE_BLOCK_DAYS",
                        "limit", 30, "actual", 31, "source", "S7")),
                Map.entry("MEMBER_NOT_IDENTIFIED", Map.of("member", 2)),
                Map.entry("ONE_PASSPORT_PER_PERSON", Map.of("member", 2, "validPassports", 2, "source", "S35")),
                Map.entry("CORRECTION_NOTICE_ONCE", Map.of("noticeSentAt", "2026-11-20T02:00:00Z", "source", "S9")),
                Map.entry("CORRECTION_OVERDUE", Map.of("dueOn", "2026-11-24", "parameter", "CORRECTION_WORKING_DAYS",
                        "limit", 2, "source", "S9")),
                Map.entry("PRE_TRIP_NOTICE_PERIOD", Map.of("postedOn", "2026-11-20", "actual", 4, "limit", 5,
                        "endsOn", "2026-11-27", "parameter", "PRE_TRIP_NOTICE_WORKING_DAYS", "source", "S4, S5b")),
                Map.entry("PRE_TRIP_NOTICE_OBJECTION", Map.of("openObjections", 1, "source", "S4")),
                Map.entry("APPROVAL_REFERENCE_REQUIRED", Map.of("mostSeniorRank", "BUREAU",
                        "approvingLevel", "CITY_GOVERNMENT", "source", "S10")),
                Map.entry("REPORT_PHOTOS", Map.of("actual", 2, "limit", 3, "parameter", "MIN_REPORT_PHOTOS",
                        "source", "S33")),
                Map.entry("AGREEMENT_NEEDS_CPAFFC_APPROVAL", Map.of("partnerCityId", "p-1", "stage", "none",
                        "source", "S13")));
        reported.forEach((code, parameters) -> {
            LocalizedText text = messages.describe(RuleViolation.of(code, null, parameters));
            assertThat(text).as(code).isNotNull();
            assertThat(text.en()).as(code).doesNotContain("%").doesNotContain("null");
            assertThat(text.zh()).as(code).doesNotContain("%").doesNotContain("null");
        });
        assertThat(messages.describe(RuleViolation.of("ONE_PASSPORT_PER_PERSON", null, Map.of("personId", "P-1"))))
                .as("the passport register words its own refusal").isNull();
    }

    @Test
    void anAgreementTripNamesThePartnerItsStageAndS13() {
        LocalizedText text = messages.describe(RuleViolation.of("AGREEMENT_NEEDS_CPAFFC_APPROVAL", "partnerCityId",
                Map.of("partnerCityId", "7d0c2f9e-3a34-4d0c-9a53-3f1e2b0c9d11", "stage", "PROVINCE_REVIEWED",
                        "relationshipId", "r-1", "kind", "SISTER_CITY", "source", "S13")));
        assertThat(text.zh()).isEqualTo("以签署友城协议为主要任务的出访，须在全国对外友协批准后进行：与友好城市"
                + "7d0c2f9e-3a34-4d0c-9a53-3f1e2b0c9d11的关系目前处于PROVINCE_REVIEWED阶段（依据 S13）");
        assertThat(text.en()).contains("CPAFFC").contains("PROVINCE_REVIEWED").contains("source S13");
        LocalizedText noPartner = messages.describe(RuleViolation.of("AGREEMENT_NEEDS_CPAFFC_APPROVAL",
                "partnerCityId", Map.of("stage", "none", "source", "S13")));
        assertThat(noPartner.zh()).contains("须注明签约的友好城市").contains("依据 S13");
        assertThat(noPartner.en()).contains("must name the partner city").doesNotContain("null");
    }
}
