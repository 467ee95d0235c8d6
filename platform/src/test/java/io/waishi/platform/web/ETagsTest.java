package io.waishi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.StaleVersionException;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void theETagIsTheQuotedVersion() {
        assertThat(ETags.of(3L)).isEqualTo("\"3\"");
        assertThat(ETags.of(null)).isEqualTo("\"0\"");
    }

    @Test
    void ifMatchNamesTheExpectedVersion() {
        assertThat(ETags.expectedVersion("\"3\"")).isEqualTo(3L);
        assertThat(ETags.expectedVersion("W/\"4\"")).isEqualTo(4L);
        assertThat(ETags.expectedVersion(null)).isNull();
        assertThat(ETags.expectedVersion("*")).isNull();
        assertThat(ETags.expectedVersion("\"not-ours\"")).isEqualTo(-1L);
    }

    @Test
    void onlyTheCurrentVersionPasses() {
        StaleVersionException.requireCurrent(3L, 3L);
        StaleVersionException.requireCurrent(null, 3L);
        StaleVersionException.requireCurrent(0L, null);
        assertThatThrownBy(() -> StaleVersionException.requireCurrent(2L, 3L)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> StaleVersionException.requireCurrent(-1L, 0L)).isInstanceOf(StaleVersionException.class);
    }
}
