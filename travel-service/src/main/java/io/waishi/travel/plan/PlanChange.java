package io.waishi.travel.plan;

import java.time.Instant;

/**
 * One act on the plan, for the audit: what was done, by whom and when, from which state to which (the same
 * state for an edit of the items), with the item concerned or the officer's comment.
 */
public record PlanChange(PlanAct act, PlanStatus from, PlanStatus to, String by, Instant at, String note) {
}
