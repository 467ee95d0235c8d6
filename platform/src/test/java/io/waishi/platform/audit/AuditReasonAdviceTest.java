package io.waishi.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditReasonAdviceTest {

    record Reject(String reason) {
    }

    record Approve(String comment, int level) {
    }

    record Other(String title) {
    }

    static class Bean {
        public String getNote() {
            return "noted";
        }
    }

    final List<String> fields = AuditProperties.defaults().reasonFields();

    @Test
    void findsTheReasonInRecordsBeansAndMaps() {
        assertThat(AuditReasonAdvice.reasonIn(new Reject("The talks can be held by video"), fields))
                .isEqualTo("The talks can be held by video");
        assertThat(AuditReasonAdvice.reasonIn(new Approve("Agreed", 1), fields)).isEqualTo("Agreed");
        assertThat(AuditReasonAdvice.reasonIn(new Bean(), fields)).isEqualTo("noted");
        assertThat(AuditReasonAdvice.reasonIn(Map.of("reason", "by map"), fields)).isEqualTo("by map");
    }

    @Test
    void findsNothingWhereThereIsNoReason() {
        assertThat(AuditReasonAdvice.reasonIn(new Other("x"), fields)).isNull();
        assertThat(AuditReasonAdvice.reasonIn(new Reject(" "), fields)).isNull();
        assertThat(AuditReasonAdvice.reasonIn(List.of("reason"), fields)).isNull();
        assertThat(AuditReasonAdvice.reasonIn(null, fields)).isNull();
    }
}
