package io.waishi.travel.delegation;

import io.waishi.platform.domain.LocalizedText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * What a unit asks for: what kind of trip, where, when, who, why, who invites and who pays. Only what can
 * never be right is refused here; what a file may still lack while it is a draft (invitation, budget,
 * schedule) and what breaks a policy is reported by the rulebook, all at once.
 *
 * @param partnerCityId        the partner city visited, when the trip goes to one
 * @param signsAgreement       the trip's main purpose is to sign an agreement with the partner city, which
 *                             needs the national approval (CPAFFC) of the relationship first (S13)
 * @param beltAndRoad          a Belt-and-Road economic and trade delegation (green channel)
 * @param urgent               an urgent matter (green channel)
 * @param destinationCountries the countries the delegation visits (transit stops are itinerary legs)
 * @param legs                 the itinerary, stop by stop, transits included
 * @param schedule             the overseas schedule, activity by activity
 * @param tasks                what the delegation is to achieve
 * @param planItemId           the item of the unit's annual plan this trip carries out (or replaces)
 * @param replacesPlannedTrip  an unplanned trip taking the place of the planned one named by {@code planItemId}
 * @param attachments          the file's documents, by reference
 */
public record TripPlan(LocalizedText title, DelegationCategory category, boolean beltAndRoad, boolean urgent,
        String partnerCityId, boolean signsAgreement, List<String> destinationCountries, LocalDate departureDate, LocalDate returnDate,
        List<Member> members, List<ItineraryLeg> legs, List<ScheduleItem> schedule, List<String> tasks,
        Invitation invitation, Budget budget, String planItemId, boolean replacesPlannedTrip,
        List<Attachment> attachments) {

    public TripPlan {
        if (title == null) {
            throw new IllegalArgumentException("A delegation needs a title");
        }
        if (category == null) {
            throw new IllegalArgumentException("A delegation needs a category");
        }
        if (destinationCountries == null || destinationCountries.isEmpty()) {
            throw new IllegalArgumentException("A delegation needs at least one destination country");
        }
        destinationCountries.forEach(Countries::requireIso);
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
        legs = legs == null ? List.of() : List.copyOf(legs);
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        for (ItineraryLeg leg : legs) {
            if (leg.arrival().isBefore(departureDate) || leg.departure().isAfter(returnDate)) {
                throw new IllegalArgumentException("The stop in " + leg.country() + " lies outside the trip's dates");
            }
        }
    }

    /** A plan as stored: files saved before a trip could sign an agreement have no flag and sign none. */
    @PersistenceCreator
    static TripPlan stored(LocalizedText title, DelegationCategory category, boolean beltAndRoad, boolean urgent,
            String partnerCityId, Boolean signsAgreement, List<String> destinationCountries, LocalDate departureDate,
            LocalDate returnDate, List<Member> members, List<ItineraryLeg> legs, List<ScheduleItem> schedule,
            List<String> tasks, Invitation invitation, Budget budget, String planItemId, boolean replacesPlannedTrip,
            List<Attachment> attachments) {
        return new TripPlan(title, category, beltAndRoad, urgent, partnerCityId, Boolean.TRUE.equals(signsAgreement),
                destinationCountries, departureDate, returnDate, members, legs, schedule, tasks, invitation, budget,
                planItemId, replacesPlannedTrip, attachments);
    }

    /** Days abroad, the day of departure and the day of arrival back both counted. */
    public long daysAbroad() {
        return ChronoUnit.DAYS.between(departureDate, returnDate) + 1;
    }

    /** The countries that count toward the limit: destinations and transits where the delegation exits. */
    public Set<String> countriesVisited() {
        Set<String> visited = new LinkedHashSet<>(destinationCountries);
        legs.stream().filter(ItineraryLeg::countsAsVisit).map(ItineraryLeg::country).forEach(visited::add);
        return visited;
    }

    public boolean visitsLatinAmericaOrAfrica() {
        return countriesVisited().stream().anyMatch(Countries::inLatinAmericaOrAfrica);
    }

    /** Teaching and research staff on academic exchange are exempt from the size, days and batch limits. */
    public boolean isAcademicExchange() {
        return category == DelegationCategory.ACADEMIC_EXCHANGE;
    }

    public boolean greenChannel() {
        return urgent || (beltAndRoad && category == DelegationCategory.ECONOMIC_AND_TRADE);
    }
}
