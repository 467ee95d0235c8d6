package io.waishi.travel.delegation;

import io.waishi.platform.domain.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a unit asks for: where, when, who. Self-validating, so a delegation never holds an impossible plan.
 *
 * @param partnerCityId the partner city visited, when the trip goes to one
 */
public record TripPlan(LocalizedText title, String partnerCityId, List<String> destinationCountries,
        LocalDate departureDate, LocalDate returnDate, List<Member> members) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    public TripPlan {
        if (title == null) {
            throw new IllegalArgumentException("A delegation needs a title");
        }
        if (destinationCountries == null || destinationCountries.isEmpty()) {
            throw new IllegalArgumentException("A delegation needs at least one destination country");
        }
        for (String country : destinationCountries) {
            if (!ISO_COUNTRIES.contains(country)) {
                throw new IllegalArgumentException("Not an ISO 3166 country code: " + country);
            }
        }
        if (departureDate == null || returnDate == null) {
            throw new IllegalArgumentException("A delegation needs departure and return dates");
        }
        if (returnDate.isBefore(departureDate)) {
            throw new IllegalArgumentException("The return date is before the departure date");
        }
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("A delegation needs at least one member");
        }
        destinationCountries = List.copyOf(destinationCountries.stream().distinct().toList());
        members = List.copyOf(members);
    }
}
