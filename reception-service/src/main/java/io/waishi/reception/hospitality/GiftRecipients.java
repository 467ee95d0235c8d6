package io.waishi.reception.hospitality;

import java.util.Optional;

/**
 * What hospitality asks of the guest list, without depending on it: whether a visit keeps a guest list, and
 * the facts of one guest that the gift rules read.
 */
public interface GiftRecipients {

    /** Whether guests have been listed for the visit; without a list, a gift's recipient cannot be checked. */
    boolean listed(String visitId);

    /** The guest, when listed. */
    Optional<Recipient> of(String visitId, String guestId);

    /** A listed guest as the gift rules see them. */
    record Recipient(boolean headOfDelegation, boolean spouse, boolean firstVisitToCity) {
    }
}
