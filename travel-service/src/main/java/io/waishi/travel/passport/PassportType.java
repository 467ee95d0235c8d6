package io.waishi.travel.passport;

import io.waishi.travel.delegation.RankLevel;

/**
 * The three kinds of official passport (因公护照). Which one a person holds follows their rank (RULES.md §1,
 * S35): diplomatic from vice-minister up, service from division level up, ordinary official for everyone
 * else, including staff of state-owned enterprises.
 */
public enum PassportType {
    DIPLOMATIC,
    SERVICE,
    ORDINARY_OFFICIAL;

    /** The type a person of {@code rank} holds. */
    public static PassportType forRank(RankLevel rank) {
        if (rank == null) {
            throw new IllegalArgumentException("A passport type follows a rank; the rank is missing");
        }
        return switch (rank) {
            case MINISTER, VICE_MINISTER -> DIPLOMATIC;
            case BUREAU, DEPUTY_BUREAU, DIVISION, DEPUTY_DIVISION -> SERVICE;
            case SECTION, STAFF, NONE -> ORDINARY_OFFICIAL;
        };
    }
}
