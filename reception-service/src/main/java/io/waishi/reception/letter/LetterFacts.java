package io.waishi.reception.letter;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.reception.visit.HostingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a visa invitation letter states about the visit and the office (RULES.md §3, S38/S38b), fixed at issue.
 *
 * @param visitTitle    the visit's title
 * @param purpose       why the guests come
 * @param places        the places they visit
 * @param itinerary     a summary of the schedule, or null
 * @param arrivalDate   first day in China's city
 * @param departureDate last day
 * @param hostingMode   who pays
 * @param issuingUnit   the authorised unit that issues the letter
 * @param contact       the office's contact for the embassy or consulate
 */
public record LetterFacts(LocalizedText visitTitle, LocalizedText purpose, LocalizedText places,
        LocalizedText itinerary, LocalDate arrivalDate, LocalDate departureDate, HostingMode hostingMode,
        LocalizedText issuingUnit, String contact) {

    /** Length of stay, arrival and departure days included. */
    public long days() {
        return ChronoUnit.DAYS.between(arrivalDate, departureDate) + 1;
    }
}
