package io.waishi.publicity.publication;

import java.time.Instant;

/**
 * One language version of an item on one channel: scheduled (an embargo) or published now, the reviewed
 * revision that went out, and who. Kept inside the item's {@link ItemPublications}.
 */
public final class Publication {

    /** Why a publication was withdrawn. */
    public enum Withdrawal { UNSCHEDULED, ITEM_RETRACTED }

    private final String publicationId;
    private final Channel channel;
    private final String language;
    private Integer revision;
    private PublicationStatus status;
    private final Instant scheduledAt;
    private Instant publishedAt;
    private final String scheduledBy;
    private Instant withdrawnAt;
    private String withdrawnBy;
    private Withdrawal withdrawal;

    Publication(String publicationId, Channel channel, String language, Integer revision, PublicationStatus status,
            Instant scheduledAt, Instant publishedAt, String scheduledBy, Instant withdrawnAt, String withdrawnBy,
            Withdrawal withdrawal) {
        this.publicationId = publicationId;
        this.channel = channel;
        this.language = language;
        this.revision = revision;
        this.status = status;
        this.scheduledAt = scheduledAt;
        this.publishedAt = publishedAt;
        this.scheduledBy = scheduledBy;
        this.withdrawnAt = withdrawnAt;
        this.withdrawnBy = withdrawnBy;
        this.withdrawal = withdrawal;
    }

    /** Whether it is (or will be) on its channel. */
    boolean live() {
        return status == PublicationStatus.SCHEDULED || status == PublicationStatus.PUBLISHED;
    }

    boolean due(Instant now) {
        return status == PublicationStatus.SCHEDULED && !scheduledAt.isAfter(now);
    }

    void published(int reviewedRevision, Instant at) {
        revision = reviewedRevision;
        status = PublicationStatus.PUBLISHED;
        publishedAt = at;
    }

    void withdrawn(Withdrawal why, String by, Instant at) {
        status = PublicationStatus.WITHDRAWN;
        withdrawal = why;
        withdrawnBy = by;
        withdrawnAt = at;
    }

    public String publicationId() {
        return publicationId;
    }

    public Channel channel() {
        return channel;
    }

    public String language() {
        return language;
    }

    /** The reviewed revision scheduled, then the one that went out. */
    public Integer revision() {
        return revision;
    }

    public PublicationStatus status() {
        return status;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String scheduledBy() {
        return scheduledBy;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public Withdrawal withdrawal() {
        return withdrawal;
    }
}
