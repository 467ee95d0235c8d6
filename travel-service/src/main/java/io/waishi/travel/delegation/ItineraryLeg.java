package io.waishi.travel.delegation;

import java.time.LocalDate;

/**
 * One stop abroad. A transit stop counts as a country visited only when the delegation leaves the airport
 * (RULES.md §1: "a transit stop counts unless airside").
 */
public record ItineraryLeg(String country, String city, LocalDate arrival, LocalDate departure, boolean transit,
        boolean exitsAirport) {

    public ItineraryLeg {
        Countries.requireIso(country);
        if (arrival == null || departure == null) {
            throw new IllegalArgumentException("An itinerary stop needs arrival and departure dates");
        }
        if (departure.isBefore(arrival)) {
            throw new IllegalArgumentException("A stop in " + country + " ends before it starts");
        }
    }

    /** Whether this stop counts toward the number of countries visited. */
    public boolean countsAsVisit() {
        return !transit || exitsAirport;
    }
}
