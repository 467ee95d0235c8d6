package io.waishi.sistercity.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CarePolicyTest {

    private final CarePolicy policy = CarePolicy.defaults();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class DormancyRisk {

        @Test
        void exactlyTwentyFourMonthsAfterTheLastExchangeIsNotYetAtRisk() {
            Quiet quiet = policy.quiet(day("2024-11-30"), day("2026-11-30"));
            assertThat(quiet.atRisk()).isFalse();
            assertThat(quiet.months()).isEqualTo(24);
            assertThat(quiet.atRiskSince()).isEqualTo(day("2026-12-01"));
        }

        @Test
        void oneDayLaterItIsAtRisk() {
            Quiet quiet = policy.quiet(day("2024-11-30"), day("2026-12-01"));
            assertThat(quiet.atRisk()).isTrue();
            assertThat(quiet.atRiskSince()).isEqualTo(day("2026-12-01"));
        }

        @Test
        void monthEndsFollowPlusMonths() {
            // 2024-02-29 + 24 months = 2026-02-28: that day not at risk, 1 March at risk
            assertThat(policy.quiet(day("2024-02-29"), day("2026-02-28")).atRisk()).isFalse();
            assertThat(policy.quiet(day("2024-02-29"), day("2026-03-01")).atRisk()).isTrue();
        }

        @Test
        void twentyFiveMonthsQuietIsAtRiskAndCountsWholeMonths() {
            Quiet quiet = policy.quiet(day("2024-11-01"), day("2026-12-01"));
            assertThat(quiet.atRisk()).isTrue();
            assertThat(quiet.months()).isEqualTo(25);
        }

        @Test
        void theRiskMonthsAreAPolicyParameter() {
            CarePolicy twelve = new CarePolicy(12, 6, 10);
            assertThat(twelve.quiet(day("2025-11-30"), day("2026-11-30")).atRisk()).isFalse();
            assertThat(twelve.quiet(day("2025-11-30"), day("2026-12-01")).atRisk()).isTrue();
        }

        @Test
        void quietSinceTheLaterOfTheLastExchangeAndTheSigning() {
            assertThat(CarePolicy.lastActivityOn(day("2015-10-23"), Optional.empty())).isEqualTo(day("2015-10-23"));
            assertThat(CarePolicy.lastActivityOn(day("2015-10-23"), Optional.of(day("2019-05-04"))))
                    .isEqualTo(day("2019-05-04"));
            assertThat(CarePolicy.lastActivityOn(day("2015-10-23"), Optional.of(day("2014-06-01"))))
                    .as("an exchange before the agreement does not reach past its signing")
                    .isEqualTo(day("2015-10-23"));
        }
    }

    @Nested
    class RoundAnniversaries {

        private final LocalDate agreement = day("1997-06-01");

        @Test
        void sixMonthsAndOneDayAheadIsNotYetAnnounced() {
            assertThat(policy.anniversaryToAnnounce(agreement, day("2026-11-30"))).isEmpty();
        }

        @Test
        void exactlySixMonthsAheadIsAnnounced() {
            assertThat(policy.anniversaryToAnnounce(agreement, day("2026-12-01")))
                    .contains(new Anniversary(30, day("2027-06-01")));
        }

        @Test
        void theDayItselfIsStillAnnouncedButNotTheDayAfter() {
            assertThat(policy.anniversaryToAnnounce(agreement, day("2027-06-01")))
                    .contains(new Anniversary(30, day("2027-06-01")));
            assertThat(policy.anniversaryToAnnounce(agreement, day("2027-06-02"))).isEmpty();
        }

        @Test
        void fiveAndFifteenYearMarksAreNeverAnnounced() {
            LocalDate signed = day("2015-10-23");
            assertThat(policy.anniversaryToAnnounce(signed, day("2020-10-23"))).isEmpty();
            assertThat(policy.anniversaryToAnnounce(signed, day("2030-10-23"))).isEmpty();
            assertThat(policy.anniversaryToAnnounce(signed, day("2025-10-23")))
                    .contains(new Anniversary(10, day("2025-10-23")));
            assertThat(policy.anniversariesWithin(signed, day("2016-01-01"), 17 * 12))
                    .extracting(Anniversary::years).containsExactly(10);
        }

        @Test
        void anAgreementOfTwentyNinthFebruaryIsCelebratedOnTheTwentyEighthInCommonYears() {
            LocalDate leapDay = day("2000-02-29");
            assertThat(policy.anniversaryToAnnounce(leapDay, day("2009-08-28")))
                    .contains(new Anniversary(10, day("2010-02-28")));
            assertThat(policy.anniversaryToAnnounce(leapDay, day("2009-08-27"))).isEmpty();
            assertThat(policy.anniversaryToAnnounce(leapDay, day("2020-02-29")))
                    .contains(new Anniversary(20, day("2020-02-29")));
            assertThat(policy.anniversaryToAnnounce(leapDay, day("2010-03-01"))).isEmpty();
        }

        @Test
        void theLeadTimeIsMeasuredBackFromTheAnniversary() {
            // 2027-08-31 - 6 months = 2027-02-28: announced from 28 February on
            LocalDate signed = day("1997-08-31");
            assertThat(policy.anniversaryToAnnounce(signed, day("2027-02-27"))).isEmpty();
            assertThat(policy.anniversaryToAnnounce(signed, day("2027-02-28")))
                    .contains(new Anniversary(30, day("2027-08-31")));
        }

        @Test
        void theListCanLookFurtherAheadThanTheLeadTime() {
            assertThat(policy.anniversariesWithin(agreement, day("2025-06-02"), 24))
                    .containsExactly(new Anniversary(30, day("2027-06-01")));
            assertThat(policy.anniversariesWithin(agreement, day("2025-05-31"), 24)).isEmpty();
        }

        @Test
        void nothingBeforeTheFirstRoundAnniversaryNorForAnAgreementSignedToday() {
            assertThat(policy.anniversaryToAnnounce(day("2026-12-01"), day("2026-12-01"))).isEmpty();
        }

        @Test
        void theRoundIsAPolicyParameter() {
            CarePolicy everyFive = new CarePolicy(24, 6, 5);
            assertThat(everyFive.anniversaryToAnnounce(day("2015-10-23"), day("2020-10-23")))
                    .contains(new Anniversary(5, day("2020-10-23")));
        }
    }

    @Nested
    class Configuration {

        @Test
        void defaultsAreTwentyFourMonthsSixMonthsTenYearsAndAnHourlyCheck() {
            RelationshipCareProperties properties = new RelationshipCareProperties(null, null, null, null);
            assertThat(properties.policy()).isEqualTo(new CarePolicy(24, 6, 10));
            assertThat(properties.careSweepInterval()).isEqualTo(Duration.ofHours(1));
        }

        @Test
        void everyNumberMustBePositive() {
            assertThatThrownBy(() -> new RelationshipCareProperties(0, null, null, null))
                    .hasMessageContaining("dormancy-risk-months");
            assertThatThrownBy(() -> new RelationshipCareProperties(null, -1, null, null))
                    .hasMessageContaining("anniversary-lead-months");
            assertThatThrownBy(() -> new RelationshipCareProperties(null, null, 0, null))
                    .hasMessageContaining("anniversary-every-years");
            assertThatThrownBy(() -> new RelationshipCareProperties(null, null, null, Duration.ZERO))
                    .hasMessageContaining("care-sweep-interval");
        }
    }
}
