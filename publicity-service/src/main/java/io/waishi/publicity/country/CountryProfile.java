package io.waishi.publicity.country;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.publicity.review.Review;
import io.waishi.publicity.review.ReviewDecision;
import io.waishi.publicity.review.ReviewStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the office tells departments and firms going to one country or region (id: its ISO 3166-1 alpha-2 code).
 * The text is drafted by editors and goes through the three reviews before it is published; editing a published
 * profile opens a new revision while the last approved one stays the public one. The safety alert level is not
 * part of the reviewed text: the leader sets it, and a change is announced at once.
 */
@Document("country_profiles")
public class CountryProfile extends AggregateRoot {

    /** Rule: raising the level to 3 or 4 says why. */
    public static final String SUMMARY_REQUIRED = "ALERT_LEVEL_SUMMARY_REQUIRED";

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");

    private ProfileText draft;
    private Review.State reviewState;
    private ReviewStep reviewStep;
    private int revision;
    private List<ReviewDecision> decisions;
    private ProfileText published;
    private int publishedRevision;
    private Instant publishedAt;
    private final List<AlertLevelChange> alertLevels;
    private final String openedBy;
    private final Instant openedAt;

    @PersistenceCreator
    CountryProfile(String id, Long version, ProfileText draft, Review.State reviewState, ReviewStep reviewStep,
            int revision, List<ReviewDecision> decisions, ProfileText published, int publishedRevision,
            Instant publishedAt, List<AlertLevelChange> alertLevels, String openedBy, Instant openedAt) {
        super(id, version);
        this.draft = draft;
        this.reviewState = reviewState;
        this.reviewStep = reviewStep;
        this.revision = revision;
        this.decisions = decisions == null ? new ArrayList<>() : new ArrayList<>(decisions);
        this.published = published;
        this.publishedRevision = publishedRevision;
        this.publishedAt = publishedAt;
        this.alertLevels = alertLevels == null ? new ArrayList<>() : new ArrayList<>(alertLevels);
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** An editor opens the profile of a country, as a first draft. */
    public static CountryProfile open(String countryCode, Actor editor, ProfileText text, Instant now) {
        editor.require("open a country profile", Role.PUBLICITY_EDITOR);
        if (countryCode == null || !CODE.matcher(countryCode).matches()) {
            throw new IllegalArgumentException("A country is named by its ISO 3166-1 alpha-2 code, like JP");
        }
        if (text == null) {
            throw new IllegalArgumentException("A country profile needs its text");
        }
        Review review = Review.draft();
        return new CountryProfile(countryCode, null, text, review.state(), review.step(), review.revision(),
                review.decisions(), null, 0, null, null, editor.userId(), now);
    }

    /**
     * An editor changes the working text. Once submitted or published, that is a new revision, reviewed from the
     * start; the published revision stays public until the new one passes the final review.
     */
    public void edit(Actor editor, ProfileText text) {
        editor.require("edit a country profile", Role.PUBLICITY_EDITOR);
        if (text == null) {
            throw new IllegalArgumentException("A country profile needs its text");
        }
        if (reviewState != Review.State.DRAFT) {
            Review review = review();
            review.revised();
            keep(review);
        }
        draft = text;
    }

    /** The editor submits the working text to the first review. */
    public void submit(Actor editor, Instant now) {
        Review review = review();
        review.submit(editor, now);
        keep(review);
    }

    /** The reviewer of the current step approves; after the final review the working text becomes the public one. */
    public void approve(Actor reviewer, String comment, Instant now) {
        Review review = review();
        review.approve(reviewer, comment, now);
        keep(review);
        if (review.passedFinalReview()) {
            published = draft;
            publishedRevision = review.revision();
            publishedAt = now;
        }
    }

    /** The reviewer of the current step sends the text back to the editors with comments. */
    public void sendBack(Actor reviewer, String comment, Instant now) {
        Review review = review();
        review.sendBack(reviewer, comment, now);
        keep(review);
    }

    /**
     * The leader in charge sets the country's safety alert level. A change is announced at once — a safety
     * warning never waits for the review of the profile's text; setting the level it already has changes nothing.
     *
     * @param effectiveFrom null for now
     * @return whether the level changed
     */
    public boolean setAlertLevel(Actor leader, AlertLevel level, LocalizedText summary, Instant effectiveFrom,
            Instant now) {
        leader.require("set a country's alert level", Role.PUBLICITY_LEADER);
        if (level == null) {
            throw new IllegalArgumentException("An alert level is 1 to 4");
        }
        AlertLevel previous = alertLevel();
        if (level == previous) {
            return false;
        }
        boolean rises = previous == null || level.number() > previous.number();
        if (rises && level.warnsAgainstTravel() && summary == null) {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("level", level.number());
            if (previous != null) {
                parameters.put("previousLevel", previous.number());
            }
            throw new RuleViolationException(List.of(RuleViolation.of(SUMMARY_REQUIRED, "summary", parameters)));
        }
        Instant from = effectiveFrom == null ? now : effectiveFrom;
        alertLevels.add(new AlertLevelChange(level, from, summary, leader.userId(), now));
        record(new CountryEvents.CountryAlertLevelChanged(id(), name(), previous == null ? null : previous.number(),
                level.number(), summary, from, now));
        return true;
    }

    private Review review() {
        return Review.of(reviewState, reviewStep, revision, decisions);
    }

    private void keep(Review review) {
        reviewState = review.state();
        reviewStep = review.step();
        revision = review.revision();
        decisions = new ArrayList<>(review.decisions());
    }

    /** The name people know the country by: the published one, else the draft's. */
    public LocalizedText name() {
        return published != null ? published.name() : draft.name();
    }

    public String countryCode() {
        return id();
    }

    /** The working text, the one under review. */
    public ProfileText draft() {
        return draft;
    }

    /** Where the working text's review stands. */
    public Review.State reviewState() {
        return reviewState;
    }

    public ReviewStep reviewStep() {
        return reviewStep;
    }

    /** The working text's revision. */
    public int revision() {
        return revision;
    }

    public List<ReviewDecision> decisions() {
        return List.copyOf(decisions);
    }

    /** The last text that passed the final review, or null before the first. */
    public ProfileText published() {
        return published;
    }

    public boolean isPublished() {
        return published != null;
    }

    /** The revision the public sees, 0 while none is published. */
    public int publishedRevision() {
        return publishedRevision;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** The current level, or null before the first is set. */
    public AlertLevel alertLevel() {
        return alertLevels.isEmpty() ? null : alertLevels.get(alertLevels.size() - 1).level();
    }

    /** The current level's entry, or null. */
    public AlertLevelChange currentAlert() {
        return alertLevels.isEmpty() ? null : alertLevels.get(alertLevels.size() - 1);
    }

    /** Every level set, oldest first. */
    public List<AlertLevelChange> alertLevels() {
        return List.copyOf(alertLevels);
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }
}
