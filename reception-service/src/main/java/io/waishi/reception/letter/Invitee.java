package io.waishi.reception.letter;

import io.waishi.reception.guest.Guest;
import io.waishi.reception.guest.GuestProfile;
import io.waishi.reception.guest.SealedPassport;

/**
 * A guest as a letter invites them, fixed when the letter is issued; the passport stays sealed.
 *
 * @param guestId  the guest's id on the visit's list
 * @param passport the passport at the time of issue, sealed
 */
public record Invitee(String guestId, String nativeName, String latinName, String title, String organisation,
        SealedPassport passport) {

    static Invitee of(Guest guest) {
        GuestProfile p = guest.profile();
        return new Invitee(guest.id(), p.nativeName(), p.latinName(), p.title(), p.organisation(), guest.passport());
    }

    public String displayName() {
        return latinName != null ? latinName : nativeName;
    }
}
