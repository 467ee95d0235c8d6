package io.waishi.sistercity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import io.waishi.platform.testing.TestClock;
import io.waishi.sistercity.SisterCityOverHttp;
import io.waishi.sistercity.activity.ExchangeActivities;
import io.waishi.sistercity.care.RelationshipCare;
import io.waishi.sistercity.care.RelationshipCareSweep;
import io.waishi.sistercity.plan.PlanService;
import io.waishi.sistercity.plan.Progress;
import io.waishi.sistercity.project.CooperationProjects;
import io.waishi.sistercity.project.ProjectStage;
import io.waishi.sistercity.relationship.RelationshipStage;
import io.waishi.sistercity.relationship.Relationships;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo office as the local stack's {@code --demo} loads it, on 1 December 2026: the two real partners
 * established, the Japanese city at its letter of intent, the Japan plan measured from the demo exchanges,
 * Yorba Linda quiet long enough to be at risk and Bonghwa's 30th anniversary announced — and a second load
 * adds nothing.
 */
@TestPropertySource(properties = "waishi.sister-city.care-sweep-interval=PT12H")
@Import(TestClock.InContext.class)
// Nobody else shares this context (its clock is ours).
@DirtiesContext
class SisterCityDemoDataIT extends SisterCityOverHttp {

    private static final Actor AUDITOR = Actor.of("sun.auditor", null, Role.AUDITOR);

    @Autowired
    TestClock clock;
    @Autowired
    SisterCityDemoData demo;
    @Autowired
    Relationships relationships;
    @Autowired
    ExchangeActivities activities;
    @Autowired
    CooperationProjects projects;
    @Autowired
    PlanService plans;
    @Autowired
    RelationshipCareSweep sweep;
    @Autowired
    RelationshipCare care;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void theDemoOfficeStandsWhereItShouldAndLoadsOnce() {
        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        demo.load();
        long activityCount = activities.count();
        demo.load();
        assertThat(activities.count()).isEqualTo(activityCount).isEqualTo(6);

        assertThat(relationships.findById(SisterCityDemoData.YORBA_LINDA_RELATIONSHIP).orElseThrow().stage())
                .isEqualTo(RelationshipStage.ACTIVE);
        assertThat(relationships.findById(SisterCityDemoData.BONGHWA_RELATIONSHIP).orElseThrow().agreement().date())
                .hasToString("1997-06-01");
        assertThat(relationships.findById(SisterCityDemoData.SETO_RELATIONSHIP).orElseThrow().stage())
                .isEqualTo(RelationshipStage.INTENT_SIGNED);
        assertThat(projects.findAll()).extracting(project -> project.stage()).containsExactlyInAnyOrder(
                ProjectStage.IMPLEMENTING, ProjectStage.NEGOTIATING, ProjectStage.COMPLETED);

        Progress.PlanProgress japan = plans.progress(plans.get(AUDITOR, SisterCityDemoData.JAPAN_PLAN));
        Map<String, Progress.TargetProgress> byTarget = japan.targets().stream()
                .collect(Collectors.toMap(target -> target.target().id(), target -> target));
        assertThat(byTarget.get("city-weeks").achieved()).isEqualTo(1);
        assertThat(byTarget.get("city-weeks").pending()).isEqualTo(1);
        assertThat(byTarget.get("first-sister-city").achieved()).isZero();
        assertThat(byTarget.get("first-sister-city").pending()).as("Seto's letter of intent").isEqualTo(1);
        assertThat(byTarget.get("ceramics").achieved()).isEqualTo(2);
        assertThat(byTarget.get("culture-tourism").met()).isTrue();
        assertThat(byTarget.get("education").achieved()).as("exchanges outside Japan count nowhere").isZero();
        assertThat(byTarget.get("ceramics-project").pending()).as("the Seto ceramics project in talks").isEqualTo(1);
        assertThat(japan.percent()).as("(1/3 + 1 + 1) of 10 targets").isEqualTo(23);

        RelationshipCare.Pass pass = sweep.sweep();
        assertThat(pass.atRisk()).isEqualTo(1);
        assertThat(care.atRisk(AUDITOR)).singleElement()
                .satisfies(quiet -> assertThat(quiet.relationshipId())
                        .isEqualTo(SisterCityDemoData.YORBA_LINDA_RELATIONSHIP));
        assertThat(care.anniversaries(AUDITOR, null)).singleElement().satisfies(anniversary -> {
            assertThat(anniversary.relationshipId()).isEqualTo(SisterCityDemoData.BONGHWA_RELATIONSHIP);
            assertThat(anniversary.years()).isEqualTo(30);
            assertThat(anniversary.announced()).isTrue();
        });
    }
}
