package io.waishi.sistercity.relationship;

/** The fourteen fields a relationship's cooperation covers (RULES.md §2, S36). */
public enum CooperationField {
    TRADE,
    INVESTMENT,
    TOURISM,
    POLITICS,
    ENERGY,
    SCIENCE_AND_TECHNOLOGY,
    ENVIRONMENT,
    SPORT,
    CULTURE_AND_ARTS,
    HEALTH,
    TRANSPORT,
    URBAN_CONSTRUCTION,
    EDUCATION,
    TALENT
}
