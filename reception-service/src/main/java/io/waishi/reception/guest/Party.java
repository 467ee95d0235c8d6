package io.waishi.reception.guest;

import io.waishi.reception.policy.RankLevel;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Someone at a meeting or banquet, as precedence reads them: a guest or a host.
 *
 * @param ref       the guest's id, or the host's position in the request
 * @param name      the name shown on the order list (and the last, stable tie-breaker)
 * @param country   ISO 3166-1 alpha-2
 * @param rank      the official rank level
 * @param rankSince the day the rank was taken (seniority), or null when unknown (then after known ones)
 * @param serving   serving officials come before former ones of the same rank
 * @param spouseOf  the ref of the party this one accompanies as spouse, or null
 */
public record Party(String ref, String name, String country, RankLevel rank, LocalDate rankSince, boolean serving,
        String spouseOf) {

    public Party {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(rank, "rank");
    }

    public static Party of(Guest guest) {
        GuestProfile profile = guest.profile();
        return new Party(guest.id(), profile.displayName(), profile.country(), profile.rank(), profile.rankSince(),
                profile.serving(), profile.spouseOf());
    }
}
