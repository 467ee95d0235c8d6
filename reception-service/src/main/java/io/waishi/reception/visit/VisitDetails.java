package io.waishi.reception.visit;

import io.waishi.platform.domain.LocalizedText;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the inviting department asks for: who comes, when, how many and who pays. Self-validating, so a
 * visit never holds an impossible request. No guest names here: the guest list is personal data and comes
 * with a later feature.
 *
 * @param invitingDepartment the department that invites and hosts the guests
 * @param partnerCityId      the partner city the guests come from, when they come from one
 * @param arrivalDate        the guests' first day in the city
 * @param departureDate      their last day; the same day as arrival for a day visit
 * @param guestCount         how many guests, interpreters included
 */
public record VisitDetails(LocalizedText title, String invitingDepartment, String partnerCityId,
        LocalDate arrivalDate, LocalDate departureDate, int guestCount, HostingMode hostingMode) {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public VisitDetails {
        if (title == null) {
            throw new IllegalArgumentException("A visit needs a title");
        }
        if (invitingDepartment == null || invitingDepartment.isBlank()) {
            throw new IllegalArgumentException("A visit needs an inviting department");
        }
        invitingDepartment = invitingDepartment.strip();
        if (partnerCityId != null) {
            partnerCityId = partnerCityId.strip().toLowerCase(Locale.ROOT);
            if (!UUID.matcher(partnerCityId).matches()) {
                throw new IllegalArgumentException("Not a partner city id: " + partnerCityId);
            }
        }
        if (arrivalDate == null || departureDate == null) {
            throw new IllegalArgumentException("A visit needs arrival and departure dates");
        }
        if (departureDate.isBefore(arrivalDate)) {
            throw new IllegalArgumentException("The departure date is before the arrival date");
        }
        if (guestCount < 1) {
            throw new IllegalArgumentException("A visit needs at least one guest, not " + guestCount);
        }
        if (hostingMode == null) {
            throw new IllegalArgumentException("A visit needs a hosting mode");
        }
    }
}
