package io.waishi.travel.passport;

/**
 * How far the overdue alerts of the current loan have gone, so each is published once: when the passport
 * becomes overdue, and again when it has been overdue long enough to block its unit.
 */
public enum OverdueAlertStage {
    NONE,
    OVERDUE,
    UNIT_BLOCKED
}
