package io.waishi.travel.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PolicyParameterTest {

    static final Actor ADMIN = Actor.of("ada", null, Role.ADMIN);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void startsWithTheDefaultOfItsSource() {
        PolicyParameter days = PolicyParameter.withDefault(TravelParameter.MAX_DAYS_ONE_COUNTRY, NOW);
        assertThat(days.valueAt(TODAY).value()).isEqualByComparingTo("5");
        assertThat(days.valueAt(TODAY).source()).isEqualTo("S1");
    }

    @Test
    void aNewValueCountsFromItsDateAndTheOldOneBefore() {
        PolicyParameter days = PolicyParameter.withDefault(TravelParameter.MAX_DAYS_ONE_COUNTRY, NOW);
        days.schedule(ADMIN, new BigDecimal("6"), LocalDate.of(2027, 1, 1), "Provincial notice 2026-12", TODAY, NOW);
        assertThat(days.valueAt(LocalDate.of(2026, 12, 31)).value()).isEqualByComparingTo("5");
        assertThat(days.valueAt(LocalDate.of(2027, 1, 1)).value()).isEqualByComparingTo("6");
        assertThat(days.nextAfter(TODAY)).map(PolicyValue::source).contains("Provincial notice 2026-12");
        assertThat(days.values()).hasSize(2);
    }

    @Test
    void thePastIsNeverRewritten() {
        PolicyParameter days = PolicyParameter.withDefault(TravelParameter.MAX_DAYS_ONE_COUNTRY, NOW);
        assertThatThrownBy(() -> days.schedule(ADMIN, new BigDecimal("6"), TODAY.minusDays(1), "x", TODAY, NOW))
                .isInstanceOf(ActNotPermittedException.class).hasMessageContaining("past");
        days.schedule(ADMIN, new BigDecimal("6"), TODAY, "from today", TODAY, NOW);
        assertThat(days.valueAt(TODAY).value()).isEqualByComparingTo("6");
    }

    @Test
    void onlyAnAdminChangesPolicyAndEveryValueNeedsItsSource() {
        PolicyParameter days = PolicyParameter.withDefault(TravelParameter.MAX_DAYS_ONE_COUNTRY, NOW);
        assertThatThrownBy(() -> days.schedule(Actor.of("zhao", null, Role.FAO_DIRECTOR), BigDecimal.TEN, TODAY, "x",
                TODAY, NOW)).isInstanceOf(ActNotPermittedException.class);
        assertThatThrownBy(() -> days.schedule(ADMIN, BigDecimal.TEN, TODAY, " ", TODAY, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> days.schedule(ADMIN, new BigDecimal("-1"), TODAY, "x", TODAY, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
