package io.waishi.sistercity.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.sistercity.activity.ExchangeActivity;
import io.waishi.sistercity.project.ProjectStage;
import io.waishi.sistercity.relationship.RelationshipKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressTest {

    static PlanTarget target(String id, int required) {
        return new PlanTarget(id, LocalizedText.of("在日本举办铜川周", "Tongchuan Weeks in Japan"),
                TargetMeasure.ACTIVITIES_HELD,
                new TargetCriteria(null, ExchangeActivity.Direction.OUTBOUND, null, "City-Week ", null, null), required);
    }

    static Progress.TargetProgress progress(int required, int achieved) {
        return new Progress.TargetProgress(target("t", required), achieved, 0, List.of());
    }

    @ParameterizedTest(name = "{1} of {0} → {2} %, met {3}, {4} to go")
    @CsvSource({
        "3, 0, 0, false, 3",
        "3, 1, 33, false, 2",
        "3, 2, 66, false, 1",
        "3, 3, 100, true, 0",
        "3, 5, 100, true, 0",
        "1, 0, 0, false, 1",
        "1, 1, 100, true, 0",
        "200, 199, 99, false, 1"})
    void aTargetsPercentIsRoundedDownAndCappedAtAHundred(int required, int achieved, int percent, boolean met,
            int remaining) {
        Progress.TargetProgress progress = progress(required, achieved);
        assertThat(progress.percent()).isEqualTo(percent);
        assertThat(progress.met()).isEqualTo(met);
        assertThat(progress.remaining()).isEqualTo(remaining);
    }

    @Test
    void thePlansPercentIsTheMeanOfTheCappedSharesSoOvershootingOneTargetHidesNoOther() {
        assertThat(new Progress.PlanProgress(List.of(progress(3, 6), progress(1, 0))).percent()).isEqualTo(50);
        assertThat(new Progress.PlanProgress(List.of(progress(3, 1), progress(3, 2))).percent()).isEqualTo(50);
        assertThat(new Progress.PlanProgress(List.of(progress(3, 1), progress(3, 2), progress(1, 1))).percent())
                .as("1/3 + 2/3 + 1 over 3 targets is exactly two thirds").isEqualTo(66);
        assertThat(new Progress.PlanProgress(List.of(progress(3, 3), progress(7, 7), progress(1, 1))).percent())
                .isEqualTo(100);
        assertThat(new Progress.PlanProgress(List.of(progress(7, 6), progress(11, 11), progress(13, 13))).percent())
                .as("6/7 + 1 + 1 over 3 = 95.2 %").isEqualTo(95);
        assertThat(new Progress.PlanProgress(List.of(progress(3, 3), progress(1, 1), progress(5, 2))).targetsMet())
                .isEqualTo(2);
    }

    @Test
    void aPlanWithoutTargetsHasNoProgress() {
        assertThat(new Progress.PlanProgress(List.of()).percent()).isZero();
    }

    @Test
    void aTargetNeedsAtLeastOneAndOnlyTheCriteriaItsMeasureUses() {
        assertThatThrownBy(() -> target("t", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(target("t", 3).criteria().tag()).isEqualTo("city-week");
        assertThatThrownBy(() -> new PlanTarget("t", LocalizedText.of("首个日本友城", null),
                TargetMeasure.RELATIONSHIPS_SIGNED, TargetCriteria.none(), 1))
                .hasMessageContaining("kind");
        assertThatThrownBy(() -> new PlanTarget("t", LocalizedText.of("首个日本友城", null),
                TargetMeasure.RELATIONSHIPS_SIGNED,
                new TargetCriteria(null, null, null, "ceramics", RelationshipKind.SISTER_CITY, null), 1))
                .hasMessageContaining("tag");
        assertThatThrownBy(() -> new PlanTarget("t", LocalizedText.of("项目", null), TargetMeasure.PROJECTS_REACHING_STAGE,
                TargetCriteria.none(), 1)).hasMessageContaining("stage");
        assertThatThrownBy(() -> new PlanTarget("t", LocalizedText.of("项目", null), TargetMeasure.ACTIVITIES_HELD,
                new TargetCriteria(null, null, null, null, null, ProjectStage.AGREED), 1)).hasMessageContaining("stage");
        assertThatThrownBy(() -> new TargetCriteria(null, null, null, null, null, ProjectStage.STALLED))
                .hasMessageContaining("STALLED");
        assertThatThrownBy(() -> new TargetCriteria(java.util.Set.of("JPN"), null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
