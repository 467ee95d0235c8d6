package io.waishi.publicity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReviewTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final Actor EDITOR = Actor.of("wu.editor", null, Role.PUBLICITY_EDITOR);
    static final Actor SECTION_HEAD = Actor.of("he.section", null, Role.PUBLICITY_SECTION_HEAD);
    static final Actor LEADER = Actor.of("ma.leader", null, Role.PUBLICITY_LEADER);

    static Review inReviewAt(ReviewStep step) {
        Review review = Review.draft();
        review.submit(EDITOR, NOW);
        if (step.ordinal() > ReviewStep.FIRST_REVIEW.ordinal()) {
            review.approve(EDITOR, null, NOW);
        }
        if (step == ReviewStep.FINAL_REVIEW) {
            review.approve(SECTION_HEAD, null, NOW);
        }
        return review;
    }

    @Test
    void threeReviewsInOrderEachByItsRoleThenItMayBePublished() {
        Review review = Review.draft();
        assertThat(review.passedFinalReview()).isFalse();
        review.submit(EDITOR, NOW);
        review.approve(EDITOR, "初审通过", NOW);
        assertThat(review.step()).isEqualTo(ReviewStep.SECOND_REVIEW);
        review.approve(SECTION_HEAD, null, NOW);
        assertThat(review.passedFinalReview()).isFalse();
        review.approve(LEADER, "同意发布", NOW);
        assertThat(review.passedFinalReview()).isTrue();
        assertThat(review.decisions()).extracting(ReviewDecision::outcome).containsExactly(
                ReviewDecision.Outcome.SUBMITTED, ReviewDecision.Outcome.APPROVED, ReviewDecision.Outcome.APPROVED,
                ReviewDecision.Outcome.APPROVED);
    }

    @ParameterizedTest
    @EnumSource(ReviewStep.class)
    void onlyTheRoleOfTheStepReviewsThereSoAnEditorNeverGivesTheFinalApproval(ReviewStep step) {
        for (Actor other : new Actor[] {EDITOR, SECTION_HEAD, LEADER}) {
            if (other.has(step.reviewer())) {
                continue;
            }
            Review review = inReviewAt(step);
            assertThatThrownBy(() -> review.approve(other, null, NOW)).as("%s at %s", other.userId(), step)
                    .isInstanceOf(ActNotPermittedException.class);
            assertThatThrownBy(() -> review.sendBack(other, "no", NOW)).isInstanceOf(ActNotPermittedException.class);
            assertThat(review.step()).isEqualTo(step);
        }
    }

    @Test
    void sentBackWithCommentsRevisedAndSubmittedAgainItStartsOverAtTheFirstReview() {
        Review review = inReviewAt(ReviewStep.FINAL_REVIEW);
        assertThatThrownBy(() -> review.sendBack(LEADER, " ", NOW)).isInstanceOf(IllegalArgumentException.class);
        review.sendBack(LEADER, "标题需核实", NOW);
        assertThat(review.state()).isEqualTo(Review.State.SENT_BACK);
        review.revised();
        assertThat(review.revision()).isEqualTo(2);
        review.submit(EDITOR, NOW);
        assertThat(review.step()).isEqualTo(ReviewStep.FIRST_REVIEW);
        assertThat(review.decisions()).last().extracting(ReviewDecision::revision).isEqualTo(2);
    }

    @Test
    void anApprovedTextThatChangesIsReviewedAgainBeforeItMayBePublished() {
        Review review = inReviewAt(ReviewStep.FINAL_REVIEW);
        review.approve(LEADER, null, NOW);
        review.revised();
        assertThat(review.passedFinalReview()).isFalse();
        assertThat(review.state()).isEqualTo(Review.State.DRAFT);
    }

    @Test
    void nothingIsReviewedBeforeItIsSubmittedNorSubmittedTwice() {
        Review review = Review.draft();
        assertThatThrownBy(() -> review.approve(EDITOR, null, NOW)).isInstanceOf(ActNotAllowedInStateException.class);
        review.submit(EDITOR, NOW);
        assertThatThrownBy(() -> review.submit(EDITOR, NOW)).isInstanceOf(ActNotAllowedInStateException.class);
        assertThatThrownBy(() -> Review.draft().submit(LEADER, NOW)).isInstanceOf(ActNotPermittedException.class);
    }
}
