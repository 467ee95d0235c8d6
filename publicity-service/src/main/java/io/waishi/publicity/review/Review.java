package io.waishi.publicity.review;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The review of one text (a language version of an item, a country profile) through the three reviews. A
 * text is drafted, submitted, approved step by step by the role of each step — an editor can never give the
 * final approval — or sent back with comments to be revised and submitted again. Any change of the text
 * after submission starts the review over: what was approved is exactly what is published.
 */
public final class Review {

    /** Where the text stands. */
    public enum State { DRAFT, IN_REVIEW, SENT_BACK, APPROVED }

    private State state;
    private ReviewStep step;
    private int revision;
    private final List<ReviewDecision> decisions;

    private Review(State state, ReviewStep step, int revision, List<ReviewDecision> decisions) {
        this.state = state;
        this.step = step;
        this.revision = revision;
        this.decisions = decisions == null ? new ArrayList<>() : new ArrayList<>(decisions);
    }

    /** A new text, revision 1, not yet submitted. */
    public static Review draft() {
        return new Review(State.DRAFT, null, 1, null);
    }

    /** A review as stored. */
    public static Review of(State state, ReviewStep step, int revision, List<ReviewDecision> decisions) {
        return new Review(state, step, revision, decisions);
    }

    /** The text changed: a new revision, to be reviewed from the start (an approved text too). */
    public void revised() {
        revision++;
        state = State.DRAFT;
        step = null;
    }

    /** The author (an editor) submits the current revision to the first review. */
    public void submit(Actor editor, Instant now) {
        if (state != State.DRAFT && state != State.SENT_BACK) {
            throw new ActNotAllowedInStateException("submit for review", state.name());
        }
        editor.require("submit for review", Role.PUBLICITY_EDITOR);
        state = State.IN_REVIEW;
        step = ReviewStep.FIRST_REVIEW;
        decisions.add(new ReviewDecision(null, editor.userId(), now, ReviewDecision.Outcome.SUBMITTED, null,
                revision));
    }

    /** The reviewer of the current step approves; after the final review the text may be published. */
    public void approve(Actor reviewer, String comment, Instant now) {
        ReviewStep current = requireReviewer(reviewer, "approve");
        decisions.add(new ReviewDecision(current, reviewer.userId(), now, ReviewDecision.Outcome.APPROVED,
                blankToNull(comment), revision));
        step = current.next();
        state = step == null ? State.APPROVED : State.IN_REVIEW;
    }

    /** The reviewer of the current step sends the text back to its author, saying why. */
    public void sendBack(Actor reviewer, String comment, Instant now) {
        ReviewStep current = requireReviewer(reviewer, "send back");
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("Sending a text back needs the reviewer's comments");
        }
        decisions.add(new ReviewDecision(current, reviewer.userId(), now, ReviewDecision.Outcome.SENT_BACK,
                comment.strip(), revision));
        state = State.SENT_BACK;
        step = null;
    }

    private ReviewStep requireReviewer(Actor reviewer, String act) {
        if (state != State.IN_REVIEW) {
            throw new ActNotAllowedInStateException(act, state.name());
        }
        reviewer.require(act + " at the " + step.name().toLowerCase().replace('_', ' '), step.reviewer());
        return step;
    }

    /** Whether the current revision passed the final review (先审后发). */
    public boolean passedFinalReview() {
        return state == State.APPROVED;
    }

    public State state() {
        return state;
    }

    /** The step waiting for its reviewer, while in review. */
    public ReviewStep step() {
        return step;
    }

    public int revision() {
        return revision;
    }

    public List<ReviewDecision> decisions() {
        return List.copyOf(decisions);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
