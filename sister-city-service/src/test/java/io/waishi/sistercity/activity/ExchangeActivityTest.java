package io.waishi.sistercity.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.sistercity.activity.ActivityEvents.ActivityRecorded;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExchangeActivityTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final LocalizedText TITLE = LocalizedText.of("赴约巴林达友好访问", "Friendship visit to Yorba Linda");

    @Test
    void anApprovedDelegationPlansAnOutboundExchange() {
        ExchangeActivity activity = ExchangeActivity.planOutbound("a-1", "p-1", "d-1", TITLE,
                LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 5), 5, NOW);
        assertThat(activity.direction()).isEqualTo(ExchangeActivity.Direction.OUTBOUND);
        assertThat(activity.status()).isEqualTo(ExchangeActivity.Status.PLANNED);
        assertThat(activity.recordedEvents()).containsExactly(new ActivityRecorded("a-1", "p-1",
                ExchangeActivity.Direction.OUTBOUND, ExchangeActivity.Status.PLANNED, TITLE, LocalDate.of(2027, 4, 1),
                LocalDate.of(2027, 4, 5), 5, new ActivityOrigin(ActivityOrigin.Kind.TRAVEL_DELEGATION, "d-1"), NOW));
    }

    @Test
    void needsAPartnerCity() {
        assertThatThrownBy(() -> ExchangeActivity.planOutbound("a-1", null, "d-1", TITLE, LocalDate.of(2027, 4, 1),
                LocalDate.of(2027, 4, 5), 5, NOW)).hasMessageContaining("partner city");
    }

    @Test
    void aOneDayExchangeIsFineButNotOneEndingBeforeItStarts() {
        assertThat(ExchangeActivity.planOutbound("a-1", "p-1", "d-1", TITLE, LocalDate.of(2027, 4, 1),
                LocalDate.of(2027, 4, 1), 2, NOW).endDate()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThatThrownBy(() -> ExchangeActivity.planOutbound("a-1", "p-1", "d-1", TITLE, LocalDate.of(2027, 4, 2),
                LocalDate.of(2027, 4, 1), 2, NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
