package io.waishi.sistercity.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.sistercity.relationship.RelationshipKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgrammePlanTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final Actor OFFICER = Actor.of("qian.officer", null, Role.SISTER_CITY_OFFICER);
    static final Actor DIRECTOR = Actor.of("zhao.director", null, Role.FAO_DIRECTOR);
    static final LocalizedText TITLE = LocalizedText.of("对日交流三年计划", "Three-year exchange plan with Japan");
    static final LocalDate START = LocalDate.of(2025, 1, 1);
    static final LocalDate END = LocalDate.of(2027, 12, 31);
    static final PlanTarget SISTER_CITY = new PlanTarget("first-sister-city", LocalizedText.of("结成首个日本友城", null),
            TargetMeasure.RELATIONSHIPS_SIGNED, new TargetCriteria(null, null, null, null, RelationshipKind.SISTER_CITY, null), 1);

    static ProgrammePlan draft() {
        return ProgrammePlan.draft("plan-1", OFFICER, TITLE, START, END, Set.of("jp"), NOW);
    }

    @Test
    void theOfficerDraftsTheDirectorAdoptsAndTheOfficerClosesAfterTheLastDay() {
        ProgrammePlan plan = draft();
        assertThat(plan.countries()).containsExactly("JP");
        plan.putTarget(OFFICER, SISTER_CITY);
        assertThatThrownBy(() -> plan.adopt(OFFICER, NOW)).isInstanceOf(ActNotPermittedException.class);
        plan.adopt(DIRECTOR, NOW);
        assertThat(plan.status()).isEqualTo(PlanStatus.ADOPTED);
        assertThat(plan.adoptedBy()).isEqualTo("zhao.director");

        assertThatThrownBy(() -> plan.close(OFFICER, END, NOW)).hasMessageContaining("2027-12-31");
        plan.close(OFFICER, END.plusDays(1), NOW);
        assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(plan.closedBy()).isEqualTo("qian.officer");
    }

    @Test
    void targetsAreFixedOnceAdopted() {
        ProgrammePlan plan = draft();
        plan.putTarget(OFFICER, SISTER_CITY);
        plan.adopt(DIRECTOR, NOW);
        assertThatThrownBy(() -> plan.putTarget(OFFICER, SISTER_CITY)).isInstanceOf(ActNotAllowedInStateException.class);
        assertThatThrownBy(() -> plan.removeTarget(OFFICER, SISTER_CITY.id()))
                .isInstanceOf(ActNotAllowedInStateException.class);
        assertThatThrownBy(() -> plan.revise(OFFICER, TITLE, START, END, Set.of("JP")))
                .isInstanceOf(ActNotAllowedInStateException.class);
        assertThatThrownBy(() -> plan.adopt(DIRECTOR, NOW)).isInstanceOf(ActNotAllowedInStateException.class);
    }

    @Test
    void aTargetWithTheSameIdReplacesTheOldOneAndCanBeRemoved() {
        ProgrammePlan plan = draft();
        plan.putTarget(OFFICER, SISTER_CITY);
        PlanTarget two = new PlanTarget("first-sister-city", SISTER_CITY.description(), SISTER_CITY.measure(),
                SISTER_CITY.criteria(), 2);
        plan.putTarget(OFFICER, two);
        assertThat(plan.targets()).containsExactly(two);
        plan.removeTarget(OFFICER, "first-sister-city");
        assertThat(plan.targets()).isEmpty();
        assertThatThrownBy(() -> plan.removeTarget(OFFICER, "nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlanIsAdoptedOnlyWithATarget() {
        assertThatThrownBy(() -> draft().adopt(DIRECTOR, NOW)).hasMessageContaining("at least one target");
    }

    @Test
    void aTargetsCountriesAreAmongThePlansAndThePlanCannotDropOneATargetUses() {
        ProgrammePlan plan = ProgrammePlan.draft("plan-1", OFFICER, TITLE, START, END, Set.of("JP", "KR"), NOW);
        PlanTarget korea = new PlanTarget("korea", LocalizedText.of("韩国", null), TargetMeasure.ACTIVITIES_HELD,
                new TargetCriteria(Set.of("kr"), null, null, null, null, null), 2);
        plan.putTarget(OFFICER, korea);
        assertThat(plan.countriesOf(korea)).containsExactly("KR");
        assertThat(plan.countriesOf(SISTER_CITY)).containsExactlyInAnyOrder("JP", "KR");
        assertThatThrownBy(() -> plan.putTarget(OFFICER, new PlanTarget("us", LocalizedText.of("美国", null),
                TargetMeasure.ACTIVITIES_HELD, new TargetCriteria(Set.of("US"), null, null, null, null, null), 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plan.revise(OFFICER, TITLE, START, END, Set.of("JP")))
                .hasMessageContaining("no longer");
    }

    @Test
    void thePeriodRunsForwardsForAtMostFiveYears() {
        assertThat(ProgrammePlan.draft("p", OFFICER, TITLE, START, START, Set.of("JP"), NOW).endDate()).isEqualTo(START);
        assertThatThrownBy(() -> ProgrammePlan.draft("p", OFFICER, TITLE, START, START.minusDays(1), Set.of("JP"), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ProgrammePlan.draft("p", OFFICER, TITLE, START, LocalDate.of(2029, 12, 31), Set.of("JP"), NOW)
                .endDate()).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThatThrownBy(() -> ProgrammePlan.draft("p", OFFICER, TITLE, START, LocalDate.of(2030, 1, 1),
                Set.of("JP"), NOW)).hasMessageContaining("5 years");
        assertThatThrownBy(() -> ProgrammePlan.draft("p", OFFICER, TITLE, START, END, Set.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheSisterCityOfficerDrafts() {
        assertThatThrownBy(() -> ProgrammePlan.draft("p", DIRECTOR, TITLE, START, END, Set.of("JP"), NOW))
                .isInstanceOf(ActNotPermittedException.class);
        ProgrammePlan plan = draft();
        assertThatThrownBy(() -> plan.putTarget(DIRECTOR, SISTER_CITY)).isInstanceOf(ActNotPermittedException.class);
    }
}
