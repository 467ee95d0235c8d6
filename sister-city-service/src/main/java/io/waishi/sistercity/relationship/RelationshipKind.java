package io.waishi.sistercity.relationship;

/**
 * What a relationship with a partner city is, or is applied to become (RULES.md §2). A letter of intent
 * names no kind yet: the officer names the kind applied for before the city government is asked.
 */
public enum RelationshipKind {
    /** 意向: intent only, the kind still open. */
    LETTER_OF_INTENT,
    /** 友好交流城市. */
    FRIENDLY_EXCHANGE,
    /** 友好城市. */
    SISTER_CITY,
    /** 友好合作: the only kind open to a partner that already has a Chinese sister city. */
    FRIENDLY_COOPERATION
}
