package io.waishi.publicity.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.PublicWebAddress;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.publicity.country.CountryEvents.CountryAlertLevelChanged;
import io.waishi.publicity.review.Review;
import io.waishi.publicity.review.ReviewStep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CountryProfileTest {

    static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
    static final Actor EDITOR = Actor.of("ma.editor", null, Role.PUBLICITY_EDITOR);
    static final Actor SECTION_HEAD = Actor.of("wu.head", null, Role.PUBLICITY_SECTION_HEAD);
    static final Actor LEADER = Actor.of("zhou.leader", null, Role.PUBLICITY_LEADER);
    static final Actor ADMIN = Actor.of("root", null, Role.ADMIN);

    static ProfileText text(String basics) {
        return new ProfileText(LocalizedText.of("日本", "Japan"), LocalizedText.of(basics, null), null, null, null,
                List.of(new ConsularContact(LocalizedText.of("中国驻日本大使馆", "Embassy of China in Japan"), null,
                        "+81-3-3403-3388", new PublicWebAddress("https://jp.china-embassy.gov.cn"), "+81-3-3403-3065")),
                List.of(new ProfileSource("外交部国别资料", new PublicWebAddress("https://www.mfa.gov.cn"))),
                LocalDate.of(2026, 11, 1));
    }

    static CountryProfile opened() {
        return CountryProfile.open("JP", EDITOR, text("岛国"), NOW);
    }

    static CountryProfile published() {
        CountryProfile profile = opened();
        profile.submit(EDITOR, NOW);
        profile.approve(EDITOR, null, NOW);
        profile.approve(SECTION_HEAD, null, NOW);
        profile.approve(LEADER, "可以发布", NOW);
        return profile;
    }

    @Nested
    class Opening {

        @Test
        void anEditorOpensADraftWithNothingPublishedAndNoEvent() {
            CountryProfile profile = opened();
            assertThat(profile.countryCode()).isEqualTo("JP");
            assertThat(profile.reviewState()).isEqualTo(Review.State.DRAFT);
            assertThat(profile.isPublished()).isFalse();
            assertThat(profile.alertLevel()).isNull();
            assertThat(profile.recordedEvents()).isEmpty();
        }

        @Test
        void onlyAnEditorOpensOne() {
            assertThatThrownBy(() -> CountryProfile.open("JP", LEADER, text("岛国"), NOW))
                    .isInstanceOf(ActNotPermittedException.class);
        }

        @Test
        void aCountryIsNamedByItsAlpha2Code() {
            assertThatThrownBy(() -> CountryProfile.open("JPN", EDITOR, text("岛国"), NOW))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CountryProfile.open("jp", EDITOR, text("岛国"), NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Review3 {

        @Test
        void theThreeReviewsPublishTheDraft() {
            CountryProfile profile = opened();
            profile.submit(EDITOR, NOW);
            profile.approve(EDITOR, null, NOW);
            assertThat(profile.reviewStep()).isEqualTo(ReviewStep.SECOND_REVIEW);
            profile.approve(SECTION_HEAD, null, NOW);
            assertThat(profile.isPublished()).isFalse();
            profile.approve(LEADER, null, NOW);
            assertThat(profile.reviewState()).isEqualTo(Review.State.APPROVED);
            assertThat(profile.published()).isEqualTo(text("岛国"));
            assertThat(profile.publishedRevision()).isEqualTo(1);
            assertThat(profile.publishedAt()).isEqualTo(NOW);
        }

        @Test
        void anEditorCannotGiveTheFinalApproval() {
            CountryProfile profile = opened();
            profile.submit(EDITOR, NOW);
            profile.approve(EDITOR, null, NOW);
            profile.approve(SECTION_HEAD, null, NOW);
            assertThatThrownBy(() -> profile.approve(EDITOR, null, NOW)).isInstanceOf(ActNotPermittedException.class);
            assertThat(profile.isPublished()).isFalse();
        }

        @Test
        void aTextSentBackIsRevisedAndSubmittedAgain() {
            CountryProfile profile = opened();
            profile.submit(EDITOR, NOW);
            profile.sendBack(EDITOR, "签证信息过时", NOW);
            assertThat(profile.reviewState()).isEqualTo(Review.State.SENT_BACK);
            profile.edit(EDITOR, text("岛国，四季分明"));
            assertThat(profile.revision()).isEqualTo(2);
            profile.submit(EDITOR, NOW);
            assertThat(profile.reviewState()).isEqualTo(Review.State.IN_REVIEW);
        }

        @Test
        void nothingIsApprovedBeforeSubmission() {
            assertThatThrownBy(() -> opened().approve(EDITOR, null, NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class);
        }
    }

    @Nested
    class PublishedAndDraft {

        @Test
        void editingAPublishedProfileOpensANewRevisionWhileTheApprovedOneStaysPublic() {
            CountryProfile profile = published();
            profile.edit(EDITOR, text("岛国，多地震"));
            assertThat(profile.revision()).isEqualTo(2);
            assertThat(profile.reviewState()).isEqualTo(Review.State.DRAFT);
            assertThat(profile.draft().basics().zh()).isEqualTo("岛国，多地震");
            assertThat(profile.published().basics().zh()).isEqualTo("岛国");
            assertThat(profile.publishedRevision()).isEqualTo(1);
        }

        @Test
        void theNewRevisionReplacesThePublicOneOnlyAfterItsFinalReview() {
            CountryProfile profile = published();
            profile.edit(EDITOR, text("岛国，多地震"));
            profile.submit(EDITOR, NOW);
            profile.approve(EDITOR, null, NOW);
            profile.approve(SECTION_HEAD, null, NOW);
            assertThat(profile.published().basics().zh()).isEqualTo("岛国");
            profile.approve(LEADER, null, NOW);
            assertThat(profile.published().basics().zh()).isEqualTo("岛国，多地震");
            assertThat(profile.publishedRevision()).isEqualTo(2);
        }

        @Test
        void editingADraftNeverSubmittedKeepsItsRevision() {
            CountryProfile profile = opened();
            profile.edit(EDITOR, text("岛国，四季分明"));
            assertThat(profile.revision()).isEqualTo(1);
        }
    }

    @Nested
    class AlertLevels {

        static final LocalizedText REASON = LocalizedText.of("地震后余震频繁", "Aftershocks after an earthquake");

        @Test
        void theFirstLevelIsAnnouncedWithoutAPreviousLevel() {
            CountryProfile profile = opened();
            assertThat(profile.setAlertLevel(LEADER, AlertLevel.TAKE_CARE, null, null, NOW)).isTrue();
            assertThat(profile.recordedEvents()).containsExactly(new CountryAlertLevelChanged("JP",
                    LocalizedText.of("日本", "Japan"), null, 1, null, NOW, NOW));
        }

        @Test
        void aChangeIsAnnouncedWithThePreviousLevelEvenWhileTheTextIsInReview() {
            CountryProfile profile = opened();
            profile.submit(EDITOR, NOW);
            profile.setAlertLevel(LEADER, AlertLevel.TRAVEL_WITH_CAUTION, REASON, NOW.plusSeconds(3600), NOW);
            profile.setAlertLevel(LEADER, AlertLevel.HEIGHTEN_PRECAUTIONS, null, null, NOW);
            assertThat(profile.recordedEvents()).hasSize(2);
            CountryAlertLevelChanged lowered = (CountryAlertLevelChanged) profile.recordedEvents().get(1);
            assertThat(lowered.previousLevel()).isEqualTo(3);
            assertThat(lowered.level()).isEqualTo(2);
            CountryAlertLevelChanged raised = (CountryAlertLevelChanged) profile.recordedEvents().get(0);
            assertThat(raised.effectiveFrom()).isEqualTo(NOW.plusSeconds(3600));
            assertThat(raised.summary()).isEqualTo(REASON);
            assertThat(profile.alertLevels()).extracting(AlertLevelChange::level)
                    .containsExactly(AlertLevel.TRAVEL_WITH_CAUTION, AlertLevel.HEIGHTEN_PRECAUTIONS);
            assertThat(profile.alertLevels().get(0).by()).isEqualTo("zhou.leader");
            assertThat(profile.reviewState()).isEqualTo(Review.State.IN_REVIEW);
        }

        @Test
        void theSameLevelAgainAnnouncesNothing() {
            CountryProfile profile = opened();
            profile.setAlertLevel(LEADER, AlertLevel.HEIGHTEN_PRECAUTIONS, null, null, NOW);
            assertThat(profile.setAlertLevel(LEADER, AlertLevel.HEIGHTEN_PRECAUTIONS, REASON, null, NOW)).isFalse();
            assertThat(profile.recordedEvents()).hasSize(1);
            assertThat(profile.alertLevels()).hasSize(1);
        }

        @Test
        void risingToThreeNeedsASummary() {
            CountryProfile profile = opened();
            profile.setAlertLevel(LEADER, AlertLevel.HEIGHTEN_PRECAUTIONS, null, null, NOW);
            assertThatThrownBy(() -> profile.setAlertLevel(LEADER, AlertLevel.TRAVEL_WITH_CAUTION, null, null, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.code()).isEqualTo(CountryProfile.SUMMARY_REQUIRED);
                            assertThat(v.parameters()).containsEntry("level", 3).containsEntry("previousLevel", 2);
                        });
                    });
            assertThat(profile.alertLevel()).isEqualTo(AlertLevel.HEIGHTEN_PRECAUTIONS);
            assertThat(profile.recordedEvents()).hasSize(1);
        }

        @Test
        void aFirstLevelOfFourNeedsASummary() {
            assertThatThrownBy(() -> opened().setAlertLevel(LEADER, AlertLevel.DO_NOT_TRAVEL, null, null, NOW))
                    .isInstanceOf(RuleViolationException.class);
        }

        @Test
        void risingToTwoOrLoweringFromFourToThreeNeedsNone() {
            CountryProfile profile = opened();
            profile.setAlertLevel(LEADER, AlertLevel.HEIGHTEN_PRECAUTIONS, null, null, NOW);
            profile.setAlertLevel(LEADER, AlertLevel.DO_NOT_TRAVEL, REASON, null, NOW);
            profile.setAlertLevel(LEADER, AlertLevel.TRAVEL_WITH_CAUTION, null, null, NOW);
            assertThat(profile.alertLevel()).isEqualTo(AlertLevel.TRAVEL_WITH_CAUTION);
        }

        @Test
        void onlyTheLeaderSetsTheLevel() {
            for (Actor other : List.of(EDITOR, SECTION_HEAD, ADMIN)) {
                assertThatThrownBy(() -> opened().setAlertLevel(other, AlertLevel.TAKE_CARE, null, null, NOW))
                        .isInstanceOf(ActNotPermittedException.class);
            }
        }

        @Test
        void aLevelIsOneToFour() {
            assertThat(AlertLevel.of(4)).isEqualTo(AlertLevel.DO_NOT_TRAVEL);
            assertThatThrownBy(() -> AlertLevel.of(0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> AlertLevel.of(5)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
