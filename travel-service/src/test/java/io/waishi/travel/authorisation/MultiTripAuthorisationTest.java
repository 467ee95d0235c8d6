package io.waishi.travel.authorisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.travel.authorisation.AuthorisationEvents.AuthorisationGranted;
import io.waishi.travel.authorisation.AuthorisationEvents.AuthorisationRevoked;
import io.waishi.travel.delegation.DelegationCategory;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelParameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MultiTripAuthorisationTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final PolicySnapshot POLICY = PolicySnapshot.defaults(LocalDate.of(2026, 11, 20));
    static final Actor CLERK = Actor.of("li.clerk", "U-SOE", Role.UNIT_CLERK);
    static final Actor OTHER_CLERK = Actor.of("wang.clerk", "U-EDU", Role.UNIT_CLERK);
    static final Actor DIRECTOR = Actor.of("zhao.director", null, Role.FAO_DIRECTOR);
    static final LocalDate FROM = LocalDate.of(2027, 1, 1);
    static final OptionalLong NONE_OVERDUE = OptionalLong.empty();

    static MultiTripAuthorisation requested(DelegationCategory category) {
        return MultiTripAuthorisation.request("a-1", CLERK, category, "After-sales service of exported machinery",
                List.of(new AuthorisedPerson("SOE-7", "Zhou Wei", "Engineer"),
                        new AuthorisedPerson("SOE-8", "Wu Fang", "Technician")),
                List.of("DE", "KZ"), FROM, NOW);
    }

    static MultiTripAuthorisation granted() {
        MultiTripAuthorisation authorisation = requested(DelegationCategory.AFTER_SALES);
        authorisation.grant(DIRECTOR, POLICY, NOW);
        authorisation.recordedEvents().clear();
        return authorisation;
    }

    static List<String> codes(Runnable act) {
        try {
            act.run();
            return List.of();
        } catch (RuleViolationException e) {
            return e.violations().stream().map(RuleViolation::code).toList();
        }
    }

    @Test
    void onlyTheNamedKindsOfStaffGetOne() {
        assertThat(requested(DelegationCategory.TECHNICAL).status()).isEqualTo(AuthorisationStatus.REQUESTED);
        assertThat(codes(() -> requested(DelegationCategory.GOVERNMENT_EXCHANGE))).containsExactly("AUTHORISATION_CATEGORY");
    }

    @Test
    void aGrantLastsTheValidityMonthsInForceAndIsPublishedWithoutNames() {
        MultiTripAuthorisation authorisation = requested(DelegationCategory.AFTER_SALES);
        authorisation.grant(DIRECTOR, POLICY, NOW);
        assertThat(authorisation.validUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(authorisation.recordedEvents()).singleElement().isInstanceOfSatisfying(AuthorisationGranted.class,
                event -> {
                    assertThat(event.personCount()).isEqualTo(2);
                    assertThat(event.toString()).doesNotContain("Zhou Wei").doesNotContain("SOE-7");
                });
        MultiTripAuthorisation shorter = requested(DelegationCategory.AFTER_SALES);
        shorter.grant(DIRECTOR, POLICY.with(TravelParameter.MULTI_TRIP_VALIDITY_MONTHS, "6"), NOW);
        assertThat(shorter.validUntil()).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void onlyADirectorGrantsAndNeverTwice() {
        MultiTripAuthorisation authorisation = requested(DelegationCategory.AFTER_SALES);
        assertThatThrownBy(() -> authorisation.grant(CLERK, POLICY, NOW)).isInstanceOf(ActNotPermittedException.class);
        authorisation.grant(DIRECTOR, POLICY, NOW);
        assertThatThrownBy(() -> authorisation.grant(DIRECTOR, POLICY, NOW))
                .isInstanceOf(ActNotAllowedInStateException.class);
    }

    @Test
    void aCoveredTripInsideTheYearIsRegisteredWithoutAFullReview() {
        MultiTripAuthorisation authorisation = granted();
        AuthorisedTrip trip = authorisation.registerTrip(CLERK, List.of("SOE-7"), List.of("DE"), LocalDate.of(2027, 12, 27),
                LocalDate.of(2027, 12, 31), "Repair at the Hamburg plant", NONE_OVERDUE, POLICY, NOW);
        assertThat(authorisation.trips()).containsExactly(trip);
    }

    @Test
    void aTripOutsideItsPeopleCountriesOrDatesIsRefusedNamingEachProblem() {
        MultiTripAuthorisation authorisation = granted();
        assertThat(codes(() -> authorisation.registerTrip(CLERK, List.of("SOE-7", "SOE-9"), List.of("DE", "FR"),
                LocalDate.of(2027, 12, 30), LocalDate.of(2028, 1, 2), "Trade fair", NONE_OVERDUE, POLICY, NOW)))
                .containsExactlyInAnyOrder("AUTHORISATION_PERSON_NOT_COVERED", "AUTHORISATION_COUNTRY_NOT_COVERED",
                        "AUTHORISATION_NOT_VALID");
        assertThat(authorisation.trips()).isEmpty();
    }

    @Test
    void theDaysLimitStillAppliesToEachTrip() {
        MultiTripAuthorisation authorisation = granted();
        assertThat(codes(() -> authorisation.registerTrip(CLERK, List.of("SOE-7"), List.of("DE"),
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5), "Repair", NONE_OVERDUE, POLICY, NOW))).isEmpty();
        assertThat(codes(() -> authorisation.registerTrip(CLERK, List.of("SOE-7"), List.of("DE"),
                LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 6), "Repair", NONE_OVERDUE, POLICY, NOW)))
                .containsExactly("MAX_DAYS_ABROAD");
    }

    @Test
    void aUnitWithAPassportOverdueTooLongRegistersNoTrip() {
        MultiTripAuthorisation authorisation = granted();
        assertThat(codes(() -> authorisation.registerTrip(CLERK, List.of("SOE-7"), List.of("DE"),
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 3), "Repair", OptionalLong.of(30), POLICY, NOW)))
                .isEmpty();
        assertThat(codes(() -> authorisation.registerTrip(CLERK, List.of("SOE-7"), List.of("DE"),
                LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 3), "Repair", OptionalLong.of(31), POLICY, NOW)))
                .containsExactly("UNIT_BLOCKED_BY_OVERDUE_PASSPORT");
    }

    @Test
    void anotherUnitCannotRegisterTripsUnderIt() {
        MultiTripAuthorisation authorisation = granted();
        assertThatThrownBy(() -> authorisation.registerTrip(OTHER_CLERK, List.of("SOE-7"), List.of("DE"),
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 3), "Repair", NONE_OVERDUE, POLICY, NOW))
                .isInstanceOf(ActNotPermittedException.class);
        assertThat(authorisation.isVisibleTo(OTHER_CLERK)).isFalse();
    }

    @Test
    void aRevokedAuthorisationTakesNoMoreTripsAndTheRevocationIsPublished() {
        MultiTripAuthorisation authorisation = granted();
        assertThatThrownBy(() -> authorisation.revoke(DIRECTOR, "short", NOW)).isInstanceOf(IllegalArgumentException.class);
        authorisation.revoke(DIRECTOR, "The contract with the buyer ended", NOW);
        assertThat(authorisation.recordedEvents()).singleElement().isInstanceOf(AuthorisationRevoked.class);
        assertThat(authorisation.isValidOn(LocalDate.of(2027, 3, 1))).isFalse();
        assertThatThrownBy(() -> authorisation.registerTrip(CLERK, List.of("SOE-7"), List.of("DE"),
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 3), "Repair", NONE_OVERDUE, POLICY, NOW))
                .isInstanceOf(ActNotAllowedInStateException.class);
    }
}
