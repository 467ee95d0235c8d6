package io.waishi.travel.passport;

import java.time.Instant;

/**
 * One act in the passport's history: who did what, when, from which state to which.
 *
 * @param detail what the act concerned (the trip, the due date, the reason): never the number or the name
 */
public record CustodyChange(PassportAct act, CustodyState from, CustodyState to, String by, Instant at,
        String detail) {
}
