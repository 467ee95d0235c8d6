package io.waishi.reception.policy;

/**
 * The official rank of a guest or a host, as the hospitality caps of RULES.md §3 read it: ministerial
 * (minister or vice-minister) or bureau level and below.
 */
public enum RankLevel {
    MINISTER,
    VICE_MINISTER,
    BUREAU,
    DIVISION,
    OTHER;

    /** Minister or vice-minister: the higher banquet and gift caps. */
    public boolean ministerial() {
        return this == MINISTER || this == VICE_MINISTER;
    }
}
