package io.waishi.travel.delegation;

/**
 * A member's cadre rank, most senior first. The approving level and the passport type follow the most
 * senior member's rank (RULES.md §1, S10, S35).
 */
public enum RankLevel {
    MINISTER,
    VICE_MINISTER,
    BUREAU,
    DEPUTY_BUREAU,
    DIVISION,
    DEPUTY_DIVISION,
    SECTION,
    STAFF,
    /** Staff of enterprises and others without a cadre rank. */
    NONE
}
