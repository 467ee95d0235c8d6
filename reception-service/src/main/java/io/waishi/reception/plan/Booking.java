package io.waishi.reception.plan;

import io.waishi.platform.domain.LocalizedText;
import java.time.Instant;

/**
 * One use of an interpreter or a venue by a schedule item, as the booking ledger holds it.
 *
 * @param language  the language an interpreter works in at the item; null for a venue
 * @param revision  the plan revision that claimed it; a claim whose plan never reached that revision is stale
 * @param claimedAt when it was claimed; a fresh claim blocks others even before its plan is saved
 */
public record Booking(ResourceKind resourceKind, String resourceId, String visitId, String itemId, Instant from,
        Instant to, LocalizedText title, ItemKind kind, String language, int revision, Instant claimedAt) {

    /** Whether the two bookings share any moment (half-open intervals). */
    public boolean overlaps(Instant otherFrom, Instant otherTo) {
        return from.isBefore(otherTo) && otherFrom.isBefore(to);
    }
}
