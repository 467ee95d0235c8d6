package io.waishi.reception.plan;

import java.time.Instant;

/**
 * One saved version of the plan, kept when the next one is saved.
 *
 * @param number  1 for the first saved plan, then one more for each revision
 * @param zone    the office time zone its times are in (IANA id)
 */
public record PlanRevision(int number, PlanContent content, String zone, String savedBy, Instant savedAt) {
}
