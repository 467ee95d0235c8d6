package io.waishi.travel.delegation;

/**
 * Who must approve a trip, following the cadre management authority over its most senior member
 * (RULES.md §1, S10): the FAO director signs for the office in every case and records which level's
 * approval the file carries.
 */
public enum ApprovingLevel {
    /** Vice-minister level and above: the provincial government. */
    PROVINCIAL_GOVERNMENT,
    /** Bureau level: the city government (the city leader in charge of foreign affairs). */
    CITY_GOVERNMENT,
    /** Everyone else: the city Foreign Affairs Office. */
    FOREIGN_AFFAIRS_OFFICE;

    public static ApprovingLevel forMostSenior(RankLevel rank) {
        return switch (rank) {
            case MINISTER, VICE_MINISTER -> PROVINCIAL_GOVERNMENT;
            case BUREAU, DEPUTY_BUREAU -> CITY_GOVERNMENT;
            default -> FOREIGN_AFFAIRS_OFFICE;
        };
    }
}
