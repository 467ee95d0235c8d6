package io.waishi.reception.hospitality;

/** Where a gift declaration stands: due until the gift is declared and handed in. */
public enum DeclarationStatus {
    /** To be declared and handed in by the due date (overdue after it). */
    DUE,
    /** Declared and handed in. */
    DECLARED
}
