package io.waishi.travel.authorisation;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.travel.authorisation.AuthorisationEvents.AuthorisationGranted;
import io.waishi.travel.authorisation.AuthorisationEvents.AuthorisationRevoked;
import io.waishi.travel.delegation.Countries;
import io.waishi.travel.delegation.DelegationCategory;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelParameter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One approval valid for a year of trips (一次审批、一年内多次有效, RULES.md §1): for business, technical,
 * after-sales, cultural-performance and academic staff, named people and countries. Each later trip is
 * registered against it — checked for its people, countries, dates and days abroad — instead of going
 * through a full review.
 */
@Document("authorisations")
public class MultiTripAuthorisation extends AggregateRoot {

    /** The kinds of work the seed article names for multi-trip approval. */
    public static final Set<DelegationCategory> ELIGIBLE = EnumSet.of(DelegationCategory.BUSINESS,
            DelegationCategory.TECHNICAL, DelegationCategory.AFTER_SALES, DelegationCategory.CULTURAL_PERFORMANCE,
            DelegationCategory.ACADEMIC_EXCHANGE);
    private static final Role[] OFFICE_WIDE = {Role.FAO_OFFICER, Role.FAO_DIRECTOR, Role.AUDITOR, Role.ADMIN};
    private static final int MIN_REASON_LENGTH = 10;

    private final String unit;
    private final DelegationCategory category;
    private final String purpose;
    private final List<AuthorisedPerson> people;
    private final List<String> countries;
    private final LocalDate validFrom;
    private LocalDate validUntil;
    private AuthorisationStatus status;
    private final String requestedBy;
    private final Instant requestedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String reason;
    private final List<AuthorisedTrip> trips;

    @PersistenceCreator
    MultiTripAuthorisation(String id, Long version, String unit, DelegationCategory category, String purpose,
            List<AuthorisedPerson> people, List<String> countries, LocalDate validFrom, LocalDate validUntil,
            AuthorisationStatus status, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
            String reason, List<AuthorisedTrip> trips) {
        super(id, version);
        this.unit = unit;
        this.category = category;
        this.purpose = purpose;
        this.people = List.copyOf(people);
        this.countries = List.copyOf(countries);
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.status = status;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.reason = reason;
        this.trips = trips == null ? new ArrayList<>() : new ArrayList<>(trips);
    }

    /** A unit clerk asks for a year's authorisation for named people and countries, from a start date. */
    public static MultiTripAuthorisation request(String id, Actor clerk, DelegationCategory category, String purpose,
            List<AuthorisedPerson> people, List<String> countries, LocalDate validFrom, Instant now) {
        clerk.require("request a multi-trip authorisation", Role.UNIT_CLERK);
        String unit = clerk.requireUnit("request a multi-trip authorisation");
        if (!ELIGIBLE.contains(category)) {
            throw new RuleViolationException(List.of(RuleViolation.of("AUTHORISATION_CATEGORY", "category",
                    Map.of("category", category.name(), "eligible", ELIGIBLE.toString(), "source", "seed article"))));
        }
        if (people == null || people.isEmpty() || countries == null || countries.isEmpty()) {
            throw new IllegalArgumentException("An authorisation names its people and countries");
        }
        countries.forEach(Countries::requireIso);
        return new MultiTripAuthorisation(id, null, unit, category, purpose, people,
                countries.stream().distinct().toList(), validFrom, null, AuthorisationStatus.REQUESTED,
                clerk.userId(), now, null, null, null, List.of());
    }

    /** An FAO director grants it for MULTI_TRIP_VALIDITY_MONTHS from its start date. */
    public void grant(Actor director, PolicySnapshot policy, Instant now) {
        requireStatus(AuthorisationStatus.REQUESTED, "grant the authorisation");
        director.require("grant the authorisation", Role.FAO_DIRECTOR);
        if (director.userId().equals(requestedBy)) {
            throw new ActNotPermittedException("grant the authorisation", "nobody decides on what they requested");
        }
        validUntil = validFrom.plusMonths(policy.intValue(TravelParameter.MULTI_TRIP_VALIDITY_MONTHS)).minusDays(1);
        decide(AuthorisationStatus.GRANTED, director, now, null);
        record(new AuthorisationGranted(id(), unit, category, countries, validFrom, validUntil, people.size(), now));
    }

    public void refuse(Actor director, String why, Instant now) {
        requireStatus(AuthorisationStatus.REQUESTED, "refuse the authorisation");
        director.require("refuse the authorisation", Role.FAO_DIRECTOR);
        requireReason(why);
        decide(AuthorisationStatus.REFUSED, director, now, why);
    }

    /** A director withdraws a granted authorisation; trips already registered stay on record. */
    public void revoke(Actor director, String why, Instant now) {
        requireStatus(AuthorisationStatus.GRANTED, "revoke the authorisation");
        director.require("revoke the authorisation", Role.FAO_DIRECTOR);
        requireReason(why);
        decide(AuthorisationStatus.REVOKED, director, now, why);
        record(new AuthorisationRevoked(id(), unit, why, now));
    }

    /**
     * The unit registers a trip under the authorisation: its people and countries must be covered, it must
     * fall inside the validity, its days abroad within the limit for its number of countries, and the unit
     * must not be blocked by a passport overdue more than PASSPORT_OVERDUE_BLOCK_DAYS (S7).
     *
     * @param unitsMostOverdueDays how late the unit's most overdue passport is, if one is
     */
    public AuthorisedTrip registerTrip(Actor clerk, List<String> personIds, List<String> tripCountries,
            LocalDate departure, LocalDate returnDate, String tripPurpose, java.util.OptionalLong unitsMostOverdueDays,
            PolicySnapshot policy, Instant now) {
        requireStatus(AuthorisationStatus.GRANTED, "register a trip under the authorisation");
        clerk.require("register a trip under the authorisation", Role.UNIT_CLERK);
        if (!clerk.unit().map(unit::equals).orElse(false)) {
            throw new ActNotPermittedException("register a trip under the authorisation",
                    "the authorisation belongs to another unit");
        }
        if (returnDate.isBefore(departure)) {
            throw new IllegalArgumentException("The return date is before the departure date");
        }
        List<RuleViolation> violations = new ArrayList<>();
        Set<String> covered = new java.util.HashSet<>(people.stream().map(AuthorisedPerson::personId).toList());
        personIds.stream().filter(personId -> !covered.contains(personId)).forEach(personId -> violations.add(
                RuleViolation.of("AUTHORISATION_PERSON_NOT_COVERED", "personIds", Map.of("personId", personId))));
        tripCountries.stream().filter(country -> !countries.contains(country)).forEach(country -> violations.add(
                RuleViolation.of("AUTHORISATION_COUNTRY_NOT_COVERED", "countries", Map.of("country", country))));
        if (departure.isBefore(validFrom) || returnDate.isAfter(validUntil)) {
            violations.add(RuleViolation.of("AUTHORISATION_NOT_VALID", "departureDate", Map.of(
                    "validFrom", validFrom.toString(), "validUntil", validUntil.toString(),
                    "parameter", TravelParameter.MULTI_TRIP_VALIDITY_MONTHS.name(),
                    "limit", policy.value(TravelParameter.MULTI_TRIP_VALIDITY_MONTHS))));
        }
        daysAbroadViolation(tripCountries, ChronoUnit.DAYS.between(departure, returnDate) + 1, policy)
                .ifPresent(violations::add);
        int blockDays = policy.intValue(TravelParameter.PASSPORT_OVERDUE_BLOCK_DAYS);
        unitsMostOverdueDays.ifPresent(days -> {
            if (days > blockDays) {
                violations.add(RuleViolation.of("UNIT_BLOCKED_BY_OVERDUE_PASSPORT", null, Map.of(
                        "parameter", TravelParameter.PASSPORT_OVERDUE_BLOCK_DAYS.name(),
                        "limit", policy.value(TravelParameter.PASSPORT_OVERDUE_BLOCK_DAYS), "actual", days,
                        "source", policy.source(TravelParameter.PASSPORT_OVERDUE_BLOCK_DAYS))));
            }
        });
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        AuthorisedTrip trip = new AuthorisedTrip(UUID.randomUUID().toString(), personIds, tripCountries, departure,
                returnDate, tripPurpose, clerk.userId(), now);
        trips.add(trip);
        return trip;
    }

    /** Academic exchanges are exempt from the days limit (S1, S5b); everyone else keeps to it. */
    private java.util.Optional<RuleViolation> daysAbroadViolation(List<String> tripCountries, long days,
            PolicySnapshot policy) {
        if (category == DelegationCategory.ACADEMIC_EXCHANGE) {
            return java.util.Optional.empty();
        }
        int countryCount = tripCountries.size();
        int extra = tripCountries.stream().anyMatch(Countries::inLatinAmericaOrAfrica)
                ? policy.intValue(TravelParameter.EXTRA_DAYS_LATIN_AMERICA_AFRICA) : 0;
        TravelParameter parameter = switch (Math.min(countryCount, 3)) {
            case 1 -> TravelParameter.MAX_DAYS_ONE_COUNTRY;
            case 2 -> TravelParameter.MAX_DAYS_TWO_COUNTRIES;
            default -> TravelParameter.MAX_DAYS_THREE_COUNTRIES;
        };
        if (days <= policy.intValue(parameter) + extra) {
            return java.util.Optional.empty();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("parameter", parameter.name());
        parameters.put("limit", policy.value(parameter));
        parameters.put("actual", days);
        parameters.put("countries", countryCount);
        if (extra > 0) {
            parameters.put("extraDaysLatinAmericaAfrica", extra);
            parameters.put("limitWithExtra", policy.intValue(parameter) + extra);
        }
        parameters.put("source", policy.source(parameter));
        return java.util.Optional.of(RuleViolation.of("MAX_DAYS_ABROAD", "returnDate", parameters));
    }

    /** Granted, not revoked, and {@code day} within its dates. */
    public boolean isValidOn(LocalDate day) {
        return status == AuthorisationStatus.GRANTED && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    public boolean isVisibleTo(Actor actor) {
        return actor.hasAny(OFFICE_WIDE) || actor.unit().map(unit::equals).orElse(false);
    }

    private void requireStatus(AuthorisationStatus required, String act) {
        if (status != required) {
            throw new ActNotAllowedInStateException(act, status.name());
        }
    }

    private static void requireReason(String why) {
        if (why == null || why.strip().length() < MIN_REASON_LENGTH) {
            throw new IllegalArgumentException("A written reason of at least " + MIN_REASON_LENGTH + " characters is needed");
        }
    }

    private void decide(AuthorisationStatus next, Actor director, Instant now, String why) {
        status = next;
        decidedBy = director.userId();
        decidedAt = now;
        reason = why;
    }

    public String unit() {
        return unit;
    }

    public DelegationCategory category() {
        return category;
    }

    public String purpose() {
        return purpose;
    }

    public List<AuthorisedPerson> people() {
        return people;
    }

    public List<String> countries() {
        return countries;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public AuthorisationStatus status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }

    public List<AuthorisedTrip> trips() {
        return List.copyOf(trips);
    }
}
