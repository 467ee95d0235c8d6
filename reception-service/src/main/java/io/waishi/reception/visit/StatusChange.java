package io.waishi.reception.visit;

import java.time.Instant;

/**
 * One step of the visit's history: who moved it from which state to which, when, and why if they said.
 *
 * @param from the state before, or null for the request that opened the file
 * @param note e.g. the reason of a cancellation
 */
public record StatusChange(VisitStatus from, VisitStatus to, String by, Instant at, String note) {
}
