package io.waishi.publicity.item;

import io.waishi.publicity.review.Review;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One language of an item — the Chinese source or a translation — with its current text, its translator,
 * every revision of the text and its own three reviews. Changing the text keeps the new revision and starts
 * the review over: what passed the final review is exactly what may be published.
 */
public class LanguageVersion {

    private final String language;
    private VersionText text;
    private final String translator;
    private final Review review;
    private final List<Revision> revisions;

    LanguageVersion(String language, VersionText text, String translator, Review review, List<Revision> revisions) {
        this.language = language;
        this.text = text;
        this.translator = translator;
        this.review = review;
        this.revisions = revisions == null ? new ArrayList<>() : new ArrayList<>(revisions);
    }

    static LanguageVersion written(String language, VersionText text, String translator, String by, Instant now) {
        Review review = Review.draft();
        return new LanguageVersion(language, text, translator, review,
                List.of(new Revision(review.revision(), by, now, text)));
    }

    /** Keeps a new revision when the text differs; false when nothing changed. */
    boolean revise(VersionText newText, String by, Instant now) {
        if (newText.equals(text)) {
            return false;
        }
        review.revised();
        text = newText;
        revisions.add(new Revision(review.revision(), by, now, newText));
        return true;
    }

    public String language() {
        return language;
    }

    public boolean isSource() {
        return Languages.SOURCE.equals(language);
    }

    public VersionText text() {
        return text;
    }

    /** Who translated it; null for the Chinese source. */
    public String translator() {
        return translator;
    }

    public Review review() {
        return review;
    }

    /** Every revision, oldest first; the last is the current text. */
    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }

    public Revision revision(int number) {
        return revisions.stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new io.waishi.platform.domain.NotFoundException("Revision", language + "/" + number));
    }

    /** Whether this text passed the final review (先审后发); the item decides whether it may go out. */
    public boolean passedFinalReview() {
        return review.passedFinalReview();
    }
}
