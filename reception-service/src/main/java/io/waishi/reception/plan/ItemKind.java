package io.waishi.reception.plan;

/** What happens at a schedule item. */
public enum ItemKind {
    MEETING, TALKS, BANQUET, SITE_VISIT, SIGNING, MEDIA, OTHER;

    /**
     * Whether the guests sit down together at the venue, so it must seat the whole delegation: meetings, talks,
     * banquets and signings. A site visit, a media event or anything else may use a venue smaller than the
     * delegation.
     */
    public boolean seatsTheDelegation() {
        return this == MEETING || this == TALKS || this == BANQUET || this == SIGNING;
    }
}
