package io.waishi.reception.letter;

import io.waishi.platform.domain.AggregateRoot;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A visa invitation letter (被授权单位邀请函) for the guests of one visit who apply at the same embassy or
 * consulate. Its id is its number. It is a record of what was issued — who, when, for whom — and never
 * changes; its invitees' passports stay sealed. It records no events: it holds personal data.
 */
@Document("visa_letters")
public class VisaLetter extends AggregateRoot {

    private final String visitId;
    private final int year;
    private final String issuingPost;
    private final List<Invitee> invitees;
    private final LetterFacts facts;
    private final String issuedBy;
    private final Instant issuedAt;

    @PersistenceCreator
    VisaLetter(String id, Long version, String visitId, int year, String issuingPost, List<Invitee> invitees,
            LetterFacts facts, String issuedBy, Instant issuedAt) {
        super(id, version);
        this.visitId = Objects.requireNonNull(visitId, "visitId");
        this.year = year;
        this.issuingPost = Objects.requireNonNull(issuingPost, "issuingPost");
        if (invitees == null || invitees.isEmpty()) {
            throw new IllegalArgumentException("A letter invites at least one guest");
        }
        this.invitees = List.copyOf(invitees);
        this.facts = Objects.requireNonNull(facts, "facts");
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    /** Issues the letter numbered {@code number} for one group of a plan already checked by {@link LetterIssue}. */
    static VisaLetter issue(String number, int year, String visitId, LetterIssue.Group group, LetterFacts facts,
            String issuedBy, Instant now) {
        return new VisaLetter(number, null, visitId, year, group.issuingPost(),
                group.guests().stream().map(Invitee::of).toList(), facts, issuedBy, now);
    }

    public String number() {
        return id();
    }

    public String visitId() {
        return visitId;
    }

    public int year() {
        return year;
    }

    public String issuingPost() {
        return issuingPost;
    }

    public List<Invitee> invitees() {
        return invitees;
    }

    public LetterFacts facts() {
        return facts;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
