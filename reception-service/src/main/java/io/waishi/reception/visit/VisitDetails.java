package io.waishi.reception.visit;

import io.waishi.platform.domain.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the inviting department asks for: who comes, from where, why, when, how many and who pays.
 * Self-validating, so a visit never holds an impossible request. No guest names here: the guest list is
 * personal data and lives apart.
 *
 * @param invitingDepartment   the department that invites and hosts the guests
 * @param purpose              what the visit is for, as the invitation and the visa letters will say
 * @param partnerCityId        the partner city the guests come from, when they come from one
 * @param countries            the guests' countries (ISO 3166-1 alpha-2), at least one
 * @param arrivalDate          the guests' first day in the city
 * @param departureDate        their last day; the same day as arrival for a day visit
 * @param guestCount           how many guests, interpreters included
 * @param reciprocityAgreement whether a reciprocity agreement with the guests' side lifts the limit on hosted
 *                             days (RULES.md §3)
 * @param budgetYuan           the reception budget in yuan, when one is set
 */
public record VisitDetails(LocalizedText title, String invitingDepartment, LocalizedText purpose, String partnerCityId,
        Set<String> countries, LocalDate arrivalDate, LocalDate departureDate, int guestCount, HostingMode hostingMode,
        boolean reciprocityAgreement, BigDecimal budgetYuan) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

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
        if (countries == null || countries.isEmpty()) {
            throw new IllegalArgumentException("A visit names the guests' countries");
        }
        for (String country : countries) {
            if (!ISO_COUNTRIES.contains(country)) {
                throw new IllegalArgumentException("Not an ISO 3166 country code: " + country);
            }
        }
        countries = Set.copyOf(countries);
        if (budgetYuan != null && budgetYuan.signum() < 0) {
            throw new IllegalArgumentException("A budget cannot be negative");
        }
    }

    /** The days the city hosts the guests, arrival and departure included (RULES.md §3). */
    public long hostedDays() {
        return ChronoUnit.DAYS.between(arrivalDate, departureDate) + 1;
    }
}
