package io.waishi.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The defaults, which answers are final, and when a record is expired or abandoned. */
class IdempotencySettingsTest {

    @Test
    void defaultsToADayOfRetentionAndAOneMinuteLease() {
        IdempotencyProperties defaults = new IdempotencyProperties(null, null, null, null);
        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.retention()).isEqualTo(Duration.ofHours(24));
        assertThat(defaults.lease()).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.cleanupInterval()).isEqualTo(Duration.ofMinutes(10));
        assertThatThrownBy(() -> new IdempotencyProperties(null, Duration.ZERO, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void successesAndClientErrorsAreFinalButServerErrorsAndTryAgainAreNot() {
        assertThat(IdempotencyFilter.isFinal(200)).isTrue();
        assertThat(IdempotencyFilter.isFinal(201)).isTrue();
        assertThat(IdempotencyFilter.isFinal(204)).isTrue();
        assertThat(IdempotencyFilter.isFinal(303)).isTrue();
        assertThat(IdempotencyFilter.isFinal(400)).isTrue();
        assertThat(IdempotencyFilter.isFinal(403)).isTrue();
        assertThat(IdempotencyFilter.isFinal(409)).isTrue();
        assertThat(IdempotencyFilter.isFinal(422)).isTrue();
        assertThat(IdempotencyFilter.isFinal(408)).isFalse();
        assertThat(IdempotencyFilter.isFinal(425)).isFalse();
        assertThat(IdempotencyFilter.isFinal(429)).isFalse();
        assertThat(IdempotencyFilter.isFinal(500)).isFalse();
        assertThat(IdempotencyFilter.isFinal(503)).isFalse();
        assertThat(IdempotencyFilter.isFinal(100)).isFalse();
    }

    @Test
    void aRecordExpiresAtItsExpiryAndIsAbandonedOnlyWhileInProgressPastTheLease() {
        Instant created = Instant.parse("2026-11-20T02:00:00Z");
        IdempotencyRecord running = new IdempotencyRecord("id", "owner", "POST", "/x", "f",
                IdempotencyRecord.State.IN_PROGRESS, null, created, created.plus(Duration.ofHours(24)), null);
        Duration lease = Duration.ofMinutes(1);
        assertThat(running.abandonedAt(created.plusSeconds(59), lease)).isFalse();
        assertThat(running.abandonedAt(created.plusSeconds(60), lease)).isTrue();
        assertThat(running.expiredAt(created.plus(Duration.ofHours(24)).minusMillis(1))).isFalse();
        assertThat(running.expiredAt(created.plus(Duration.ofHours(24)))).isTrue();

        IdempotencyRecord done = new IdempotencyRecord("id", "owner", "POST", "/x", "f",
                IdempotencyRecord.State.COMPLETED, null, created, created.plus(Duration.ofHours(24)), created);
        assertThat(done.abandonedAt(created.plus(Duration.ofHours(1)), lease)).isFalse();
    }
}
