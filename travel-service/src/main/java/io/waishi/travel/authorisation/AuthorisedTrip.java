package io.waishi.travel.authorisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One trip made under a multi-trip authorisation, registered by the unit instead of a full review. */
public record AuthorisedTrip(String tripId, List<String> personIds, List<String> countries, LocalDate departureDate,
        LocalDate returnDate, String purpose, String registeredBy, Instant registeredAt) {

    public AuthorisedTrip {
        personIds = List.copyOf(personIds);
        countries = List.copyOf(countries);
    }
}
