package io.waishi.sistercity.partner;

/** The level of a local government; a partner must match the city's level (RULES.md §2). */
public enum AdministrativeLevel {
    PROVINCE_OR_STATE,
    PREFECTURE_CITY,
    COUNTY_OR_DISTRICT,
    TOWN
}
