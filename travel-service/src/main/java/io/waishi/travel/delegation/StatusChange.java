package io.waishi.travel.delegation;

import java.time.Instant;

/** One step of the file's history: who moved it from which state to which, when, and why if they said. */
public record StatusChange(DelegationStatus from, DelegationStatus to, String by, Instant at, String note) {
}
