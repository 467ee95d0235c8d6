package io.waishi.travel.unit;

import java.time.Instant;

/** One act on a unit's record, for the audit: what was done, to what, by whom and when. */
public record UnitChange(UnitAct act, String detail, String by, Instant at) {
}
