package io.waishi.sistercity.partner;

/**
 * The tier of a local government, by its place under the national government, so that a Chinese city and a
 * foreign one can be compared (RULES.md §2: the levels must match). A foreign government is classed by where
 * it sits, not by its name: a US city or county and a Korean city (시) or county (군) sit directly under a state
 * or province, the tier of a Chinese prefecture-level city (PREFECTURE_CITY); a district or county inside such
 * a city is COUNTY_OR_DISTRICT.
 */
public enum AdministrativeLevel {
    PROVINCE_OR_STATE,
    PREFECTURE_CITY,
    COUNTY_OR_DISTRICT,
    TOWN
}
