package io.waishi.sistercity.care;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.sistercity.care.RelationshipWatchEvents.RelationshipAnniversaryUpcoming;
import io.waishi.sistercity.care.RelationshipWatchEvents.RelationshipDormancyRiskChanged;
import io.waishi.sistercity.relationship.RelationshipKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RelationshipWatchTest {

    private static final String RELATIONSHIP = "8c1f0d3e-2c4a-4f7e-9a61-0c2d3e4f5a01";
    private static final String PARTNER = "5b1f0d3e-2c4a-4f7e-9a61-0c2d3e4f5a01";
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final CarePolicy POLICY = CarePolicy.defaults();

    private final RelationshipWatch watch = RelationshipWatch.open(RELATIONSHIP, PARTNER, RelationshipKind.SISTER_CITY);

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private boolean observe(String lastActivity, String today) {
        return watch.observe(POLICY.quiet(day(lastActivity), day(today)), RelationshipKind.SISTER_CITY, 24, NOW);
    }

    @Nested
    class Observe {

        @Test
        void aQuietRelationshipIsFlaggedOnceWithTheFacts() {
            assertThat(observe("2024-11-01", "2026-12-01")).isTrue();
            assertThat(watch.atRisk()).isTrue();
            assertThat(watch.atRiskSince()).isEqualTo(day("2026-11-02"));
            assertThat(watch.flaggedAt()).isEqualTo(NOW);
            assertThat(watch.recordedEvents()).containsExactly(new RelationshipDormancyRiskChanged(RELATIONSHIP,
                    PARTNER, RelationshipKind.SISTER_CITY, true, day("2024-11-01"), 24, NOW));

            assertThat(observe("2024-11-01", "2026-12-02")).as("nothing changed").isFalse();
            assertThat(watch.recordedEvents()).hasSize(1);
        }

        @Test
        void aNewExchangeClearsTheRisk() {
            observe("2024-11-01", "2026-12-01");
            assertThat(observe("2026-11-20", "2026-12-02")).isTrue();
            assertThat(watch.atRisk()).isFalse();
            assertThat(watch.atRiskSince()).isNull();
            assertThat(watch.recordedEvents()).hasSize(2).last().isEqualTo(new RelationshipDormancyRiskChanged(
                    RELATIONSHIP, PARTNER, RelationshipKind.SISTER_CITY, false, day("2026-11-20"), 24, NOW));
        }

        @Test
        void aLiveRelationshipFirstSeenRecordsNoEventButKeepsItsLastActivity() {
            assertThat(observe("2026-06-01", "2026-12-01")).isTrue();
            assertThat(watch.recordedEvents()).isEmpty();
            assertThat(watch.lastActivityOn()).isEqualTo(day("2026-06-01"));
            assertThat(observe("2026-06-01", "2026-12-01")).isFalse();
        }

        @Test
        void anOlderExchangeRecordedLateMovesTheDateWithoutAnEvent() {
            observe("2015-10-23", "2026-12-01");
            assertThat(observe("2023-01-10", "2026-12-01")).isTrue();
            assertThat(watch.atRisk()).isTrue();
            assertThat(watch.recordedEvents()).hasSize(1);
        }
    }

    @Nested
    class StandDown {

        @Test
        void aFlaggedRelationshipThatLeavesTheActiveStageIsClearedOnce() {
            observe("2024-11-01", "2026-12-01");
            assertThat(watch.standDown(24, NOW)).isTrue();
            assertThat(watch.atRisk()).isFalse();
            assertThat(watch.recordedEvents()).last().isEqualTo(new RelationshipDormancyRiskChanged(RELATIONSHIP,
                    PARTNER, RelationshipKind.SISTER_CITY, false, day("2024-11-01"), 24, NOW));
            assertThat(watch.standDown(24, NOW)).isFalse();
            assertThat(watch.recordedEvents()).hasSize(2);
        }

        @Test
        void anUnflaggedOneChangesNothing() {
            assertThat(watch.standDown(24, NOW)).isFalse();
            assertThat(watch.recordedEvents()).isEmpty();
        }
    }

    @Nested
    class Announce {

        private final Map<String, String> name = Map.of("zh", "奉化郡", "en", "Bonghwa County");

        @Test
        void eachAnniversaryIsAnnouncedAtMostOnce() {
            Anniversary thirtieth = new Anniversary(30, day("2027-06-01"));
            assertThat(watch.announce(thirtieth, day("1997-06-01"), name, NOW)).isTrue();
            assertThat(watch.announce(thirtieth, day("1997-06-01"), name, NOW)).isFalse();
            assertThat(watch.hasAnnounced(30)).isTrue();
            assertThat(watch.recordedEvents()).containsExactly(new RelationshipAnniversaryUpcoming(RELATIONSHIP,
                    PARTNER, name, RelationshipKind.SISTER_CITY, day("1997-06-01"), day("2027-06-01"), 30, NOW));

            assertThat(watch.announce(new Anniversary(40, day("2037-06-01")), day("1997-06-01"), name, NOW)).isTrue();
            assertThat(watch.announcedYears()).containsExactlyInAnyOrder(30, 40);
        }
    }
}
