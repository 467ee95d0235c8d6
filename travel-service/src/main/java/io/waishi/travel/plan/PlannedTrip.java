package io.waishi.travel.plan;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.travel.delegation.Countries;
import io.waishi.travel.delegation.DelegationCategory;
import java.util.List;

/**
 * What a unit plans for one trip of the year: what kind of trip, where, in which quarter and with how many
 * people. The plan gives it its item id.
 *
 * @param countries      ISO 3166 alpha-2 codes, at least one
 * @param plannedQuarter 1 to 4
 * @param plannedSize    persons, at least one
 */
public record PlannedTrip(LocalizedText title, List<String> countries, DelegationCategory category, int plannedQuarter,
        int plannedSize, String note) {

    public PlannedTrip {
        if (title == null) {
            throw new IllegalArgumentException("A planned trip needs a title");
        }
        if (countries == null || countries.isEmpty()) {
            throw new IllegalArgumentException("A planned trip needs at least one country");
        }
        countries.forEach(Countries::requireIso);
        countries = List.copyOf(countries.stream().distinct().toList());
        if (category == null) {
            throw new IllegalArgumentException("A planned trip needs a category");
        }
        if (plannedQuarter < 1 || plannedQuarter > 4) {
            throw new IllegalArgumentException("The planned quarter is 1 to 4, not " + plannedQuarter);
        }
        if (plannedSize < 1) {
            throw new IllegalArgumentException("A planned trip has at least one person, not " + plannedSize);
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
