package io.waishi.reception.plan;

/** What the booking ledger books. */
public enum ResourceKind {
    INTERPRETER, VENUE
}
