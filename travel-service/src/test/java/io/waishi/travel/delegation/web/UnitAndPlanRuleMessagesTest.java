package io.waishi.travel.delegation.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.web.RuleMessages;
import io.waishi.travel.plan.web.PlanRuleMessages;
import io.waishi.travel.unit.web.UnitRuleMessages;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The words for the rules of units and annual plans. */
class UnitAndPlanRuleMessagesTest {

    /** The service's words as the problem responses find them: the first feature that knows the code. */
    private final RuleMessages messages = violation -> Stream.of(new UnitRuleMessages(), new PlanRuleMessages(),
            new TravelRuleMessages()).map(words -> words.describe(violation)).filter(Objects::nonNull).findFirst()
            .orElse(null);

    @Test
    void aPlanOverTheDefaultQuotaNamesTheParameterItsValueAndTheCount() {
        LocalizedText text = messages.describe(RuleViolation.of("PLAN_OVER_QUOTA", "items", Map.of("unit", "U-EDU",
                "year", 2027, "quotaSource", "DEFAULT_UNIT_ANNUAL_QUOTA", "parameter", "DEFAULT_UNIT_ANNUAL_QUOTA",
                "limit", 2, "actual", 3, "source", "S3")));
        assertThat(text.zh()).isEqualTo("2027年度计划列入出访3批次，超过单位U-EDU的年度限额2批次（参数 DEFAULT_UNIT_ANNUAL_QUOTA，依据 S3）");
        assertThat(text.en()).isEqualTo("The plan for 2027 holds 3 trips; unit U-EDU may send at most 2 a year "
                + "(parameter DEFAULT_UNIT_ANNUAL_QUOTA, source S3)");
    }

    @Test
    void aPlanOverARaisedQuotaNamesTheRaise() {
        LocalizedText text = messages.describe(RuleViolation.of("PLAN_OVER_QUOTA", "items", Map.of("unit", "U-EDU",
                "year", 2027, "quotaSource", "RAISED", "limit", 3, "actual", 4, "raisedBy", "zhao.director",
                "raisedAt", "2026-11-20T02:00:00Z")));
        assertThat(text.zh()).contains("经核增的年度限额3批次").contains("zhao.director");
        assertThat(text.en()).isEqualTo("The plan for 2027 holds 4 trips; unit U-EDU may send at most 3 that year "
                + "(quota raised by zhao.director at 2026-11-20T02:00:00Z)");
    }

    @Test
    void aRaiseNotAboveTheDefaultNamesTheDefault() {
        LocalizedText text = messages.describe(RuleViolation.of("QUOTA_RAISE_NOT_ABOVE_DEFAULT", "trips", Map.of(
                "parameter", "DEFAULT_UNIT_ANNUAL_QUOTA", "limit", 2, "actual", 2, "year", 2027, "unit", "U-TRADE",
                "source", "S3")));
        assertThat(text.zh()).isEqualTo("单位U-TRADE核增后的2027年度限额2批次须高于默认限额2批次（参数 DEFAULT_UNIT_ANNUAL_QUOTA，依据 S3）");
        assertThat(text.en()).isEqualTo("A raised quota for unit U-TRADE in 2027 must be above the default of 2 trips; 2 is not "
                + "(parameter DEFAULT_UNIT_ANNUAL_QUOTA, source S3)");
    }

    @Test
    void everyRuleOfUnitsAndPlansHasWords() {
        Map<String, Object> any = Map.of("parameter", "DEFAULT_UNIT_ANNUAL_QUOTA", "limit", 2, "actual", 3,
                "source", "S3", "unit", "U-EDU", "year", 2027, "kind", "GOVERNMENT_BUREAU");
        for (String code : List.of("QUOTA_RAISE_NOT_ELIGIBLE", "QUOTA_RAISE_NOT_ABOVE_DEFAULT", "PLAN_OVER_QUOTA",
                "UNIT_NOT_REGISTERED")) {
            LocalizedText text = messages.describe(RuleViolation.of(code, null, any));
            assertThat(text).as(code).isNotNull();
            assertThat(text.en()).as(code).doesNotContain("%").doesNotContain("null").contains("U-EDU");
            assertThat(text.zh()).as(code).doesNotContain("%").doesNotContain("null").contains("U-EDU");
        }
    }
}
