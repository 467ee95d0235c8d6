package io.waishi.reception.guest;

import io.waishi.reception.policy.RankLevel;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * Who a guest is, as protocol, the kitchen and the hospitality rules read it. Self-validating.
 *
 * @param nativeName        the name in the guest's own script (e.g. 김영수)
 * @param latinName         the name in Latin script, as in the passport (e.g. KIM Young-soo)
 * @param title             the guest's title or office (e.g. County Governor)
 * @param organisation      the body the guest belongs to
 * @param country           the guest's country (ISO 3166-1 alpha-2)
 * @param rank              the official rank level (precedence, gift and banquet caps)
 * @param rankSince         the day the guest took the rank: seniority, for precedence between equals; may be
 *                          unknown
 * @param serving           whether the guest holds the office now; former officials come after serving ones
 * @param headOfDelegation  whether the guest leads the delegation (one per visit)
 * @param spouseOf          the id of the guest this one is the spouse of, or null
 * @param dietaryNeeds      e.g. vegetarian, no pork, allergies
 * @param religiousNeeds    e.g. prayer times, halal
 * @param firstVisitToCity  whether this is the guest's first visit to the city (first-time visitors get a gift
 *                          only in return, RULES.md §3 S21)
 */
public record GuestProfile(String nativeName, String latinName, String title, String organisation, String country,
        RankLevel rank, LocalDate rankSince, boolean serving, boolean headOfDelegation, String spouseOf,
        String dietaryNeeds, String religiousNeeds, boolean firstVisitToCity) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    public GuestProfile {
        nativeName = trimmed(nativeName);
        latinName = trimmed(latinName);
        if (nativeName == null && latinName == null) {
            throw new IllegalArgumentException("A guest needs a name");
        }
        title = trimmed(title);
        organisation = trimmed(organisation);
        if (country == null || !ISO_COUNTRIES.contains(country)) {
            throw new IllegalArgumentException("A guest's country is an ISO 3166 country code");
        }
        if (rank == null) {
            throw new IllegalArgumentException("A guest needs a rank level (OTHER when none applies)");
        }
        spouseOf = trimmed(spouseOf);
        dietaryNeeds = trimmed(dietaryNeeds);
        religiousNeeds = trimmed(religiousNeeds);
    }

    /** The name to show first: the Latin one when there is one (letters, place cards), else the native one. */
    public String displayName() {
        return latinName != null ? latinName : nativeName;
    }

    private static String trimmed(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
