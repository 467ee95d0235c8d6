package io.waishi.reception.guest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Diplomatic precedence (礼宾次序, RULES.md §3, S32), plain Java:
 * <ol>
 * <li>by rank: minister, vice-minister, bureau, division, other;</li>
 * <li>at equal rank, serving officials before former ones (a former official comes after every serving one of
 * the same rank, however senior);</li>
 * <li>then by seniority: who took the rank earlier comes first; an unknown date comes after known ones;</li>
 * <li>finally by name, so the order is stable.</li>
 * </ol>
 * At a multilateral event (parties from more than one country) the delegations are ordered alphabetically by
 * their country's English name, and each delegation within itself as above. A spouse follows the party they
 * accompany.
 */
public final class Precedence {

    private static final Comparator<Party> BILATERAL = Comparator
            .comparing(Party::rank)
            .thenComparing(Party::serving, Comparator.reverseOrder())
            .thenComparing(Party::rankSince, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Party::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Party::ref);

    private static final Comparator<Party> MULTILATERAL = Comparator
            .comparing((Party party) -> countryName(party.country()))
            .thenComparing(BILATERAL);

    private Precedence() {
    }

    /** Precedence within one country's side: rank, serving before former, seniority, name. */
    public static Comparator<Party> bilateral() {
        return BILATERAL;
    }

    /** Precedence at a multilateral event: country (English name) first, then {@link #bilateral()}. */
    public static Comparator<Party> multilateral() {
        return MULTILATERAL;
    }

    /** Whether the parties come from more than one country. */
    public static boolean isMultilateral(List<Party> parties) {
        return parties.stream().map(Party::country).distinct().count() > 1;
    }

    /**
     * The parties in order of precedence: multilateral when they come from several countries, with each spouse
     * right after the party they accompany (a spouse whose partner is absent takes their own place).
     */
    public static List<Party> order(List<Party> parties) {
        Comparator<Party> comparator = isMultilateral(parties) ? MULTILATERAL : BILATERAL;
        Map<String, Party> byRef = new LinkedHashMap<>();
        parties.forEach(party -> byRef.put(party.ref(), party));
        List<Party> principals = new ArrayList<>();
        Map<String, List<Party>> spouses = new LinkedHashMap<>();
        for (Party party : parties) {
            if (party.spouseOf() != null && byRef.containsKey(party.spouseOf())
                    && !party.spouseOf().equals(party.ref())) {
                spouses.computeIfAbsent(party.spouseOf(), ref -> new ArrayList<>()).add(party);
            } else {
                principals.add(party);
            }
        }
        principals.sort(comparator);
        List<Party> ordered = new ArrayList<>(parties.size());
        for (Party principal : principals) {
            ordered.add(principal);
            List<Party> accompanying = spouses.getOrDefault(principal.ref(), List.of());
            accompanying.stream().sorted(comparator).forEach(ordered::add);
        }
        // spouses of spouses (the list forbids them) would otherwise be lost: keep everyone
        for (Party party : parties) {
            if (!ordered.contains(party)) {
                ordered.add(party);
            }
        }
        return List.copyOf(ordered);
    }

    /** The country's English short name, as multilateral events sort delegations. */
    static String countryName(String isoCode) {
        String name = new Locale.Builder().setRegion(isoCode).build().getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() ? isoCode : name;
    }
}
