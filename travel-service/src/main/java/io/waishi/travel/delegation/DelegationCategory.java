package io.waishi.travel.delegation;

/** What kind of trip it is; the rules and the multi-trip authorisation depend on it. */
public enum DelegationCategory {
    GOVERNMENT_EXCHANGE,
    ECONOMIC_AND_TRADE,
    BUSINESS,
    TECHNICAL,
    AFTER_SALES,
    CULTURAL_PERFORMANCE,
    /** Teaching and research staff: exempt from the size, days and batch limits (RULES.md §1, S1, S5b). */
    ACADEMIC_EXCHANGE,
    SISTER_CITY
}
