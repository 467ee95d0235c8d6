package io.waishi.reception.guest;

import java.util.Objects;

/**
 * One guest on a visit's list: who they are, and their passport sealed (personal data, DESIGN.md §7).
 *
 * @param id       the guest's id within the list
 * @param profile  who the guest is
 * @param passport the sealed passport, or null when the office has none on file
 */
public record Guest(String id, GuestProfile profile, SealedPassport passport) {

    public Guest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
    }

    /** Whether the guest applies for a visa and so needs an invitation letter. */
    public boolean needsVisaLetter() {
        return passport != null && passport.needsVisaLetter();
    }
}
