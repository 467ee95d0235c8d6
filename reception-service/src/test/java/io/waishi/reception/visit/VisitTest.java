package io.waishi.reception.visit;

import static io.waishi.reception.visit.VisitFixtures.BONGHWA_CITY_ID;
import static io.waishi.reception.visit.VisitFixtures.CLERK;
import static io.waishi.reception.visit.VisitFixtures.FAO_OFFICER;
import static io.waishi.reception.visit.VisitFixtures.NOW;
import static io.waishi.reception.visit.VisitFixtures.RECEPTION_OFFICER;
import static io.waishi.reception.visit.VisitFixtures.fromBonghwa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.reception.visit.VisitEvents.VisitRequested;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VisitTest {

    static final LocalDate JUNE_15 = LocalDate.of(2027, 6, 15);

    @Nested
    class Request {

        @Test
        void aReceptionOfficerRequestsAVisitAndItsEventCarriesOnlyTheContractsFacts() {
            Visit visit = Visit.request("v-1", RECEPTION_OFFICER, fromBonghwa(), NOW);

            assertThat(visit.status()).isEqualTo(VisitStatus.REQUESTED);
            assertThat(visit.requestedBy()).isEqualTo("zhou.reception");
            assertThat(visit.requestedAt()).isEqualTo(NOW);
            assertThat(visit.details()).isEqualTo(fromBonghwa());
            assertThat(visit.history()).containsExactly(
                    new StatusChange(null, VisitStatus.REQUESTED, "zhou.reception", NOW, null));
            assertThat(visit.recordedEvents()).containsExactly(new VisitRequested("v-1",
                    LocalizedText.of("韩国奉化郡代表团来访", "Bonghwa County delegation"), "市外事办", BONGHWA_CITY_ID,
                    JUNE_15, LocalDate.of(2027, 6, 18), 12, NOW));
        }

        @Test
        void anFaoOfficerMayRequestToo() {
            Visit visit = Visit.request("v-1", FAO_OFFICER, fromBonghwa(), NOW);
            assertThat(visit.requestedBy()).isEqualTo("sun.officer");
            assertThat(visit.recordedEvents()).singleElement().isInstanceOf(VisitRequested.class);
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = {"RECEPTION_OFFICER", "FAO_OFFICER"})
        void noOtherRoleRequestsAVisit(Role role) {
            Actor actor = Actor.of("someone", "U-EDU", role);
            assertThatThrownBy(() -> Visit.request("v-1", actor, fromBonghwa(), NOW))
                    .isInstanceOf(ActNotPermittedException.class)
                    .hasMessageContaining("request a visit");
        }

        @Test
        void aUnitClerkCannotRequestForTheirUnit() {
            assertThatThrownBy(() -> Visit.request("v-1", CLERK, fromBonghwa(), NOW))
                    .isInstanceOf(ActNotPermittedException.class)
                    .hasMessageContaining("RECEPTION_OFFICER");
        }

        @Test
        void anActorWithoutRolesCannotRequest() {
            assertThatThrownBy(() -> Visit.request("v-1", Actor.of("nobody", null), fromBonghwa(), NOW))
                    .isInstanceOf(ActNotPermittedException.class);
        }
    }

    /** The request's own invariants, at their boundaries. */
    @Nested
    class Details {

        @Test
        void aSameDayVisitIsAllowed() {
            VisitDetails dayVisit = fromBonghwa(JUNE_15, JUNE_15, 12);
            assertThat(dayVisit.departureDate()).isEqualTo(dayVisit.arrivalDate());
        }

        @Test
        void aDepartureTheDayBeforeTheArrivalIsRefused() {
            assertThatThrownBy(() -> fromBonghwa(JUNE_15, JUNE_15.minusDays(1), 12))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("departure date is before the arrival date");
        }

        @Test
        void oneGuestIsEnough() {
            assertThat(fromBonghwa(JUNE_15, JUNE_15, 1).guestCount()).isEqualTo(1);
        }

        @Test
        void noGuestsIsRefused() {
            assertThatThrownBy(() -> fromBonghwa(JUNE_15, JUNE_15, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least one guest");
        }

        @Test
        void missingDatesAreRefused() {
            assertThatThrownBy(() -> fromBonghwa(null, JUNE_15, 3))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arrival and departure");
            assertThatThrownBy(() -> fromBonghwa(JUNE_15, null, 3))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arrival and departure");
        }

        @Test
        void aBlankInvitingDepartmentIsRefused() {
            assertThatThrownBy(() -> new VisitDetails(LocalizedText.of("来访", null), "  ", null, null, Set.of("KR"), JUNE_15, JUNE_15, 2,
                    HostingMode.SELF_PAID, false, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inviting department");
        }

        @Test
        void aTitleAndAHostingModeAreRequired() {
            assertThatThrownBy(() -> new VisitDetails(null, "市外事办", null, null, Set.of("KR"), JUNE_15, JUNE_15, 2, HostingMode.FULL, false, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
            assertThatThrownBy(() -> new VisitDetails(LocalizedText.of("来访", null), "市外事办", null, null, Set.of("KR"), JUNE_15,
                    JUNE_15, 2, null, false, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hosting mode");
        }

        @Test
        void thePartnerCityIsOptionalAndStoredAsTheContractWritesIt() {
            assertThat(new VisitDetails(LocalizedText.of("来访", null), "市外事办", null, null, Set.of("KR"), JUNE_15, JUNE_15, 2,
                    HostingMode.PARTIAL, false, null).partnerCityId()).isNull();
            assertThat(new VisitDetails(LocalizedText.of("来访", null), "市外事办", null, BONGHWA_CITY_ID.toUpperCase(), Set.of("KR"),
                    JUNE_15, JUNE_15, 2, HostingMode.PARTIAL, false, null).partnerCityId()).isEqualTo(BONGHWA_CITY_ID);
        }

        @Test
        void aPartnerCityIdThatIsNoIdIsRefused() {
            assertThatThrownBy(() -> new VisitDetails(LocalizedText.of("来访", null), "市外事办", null, "Bonghwa", Set.of("KR"), JUNE_15,
                    JUNE_15, 2, HostingMode.FULL, false, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partner city id");
        }
    }

    @Nested
    class Visibility {

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"RECEPTION_OFFICER", "FAO_OFFICER", "FAO_DIRECTOR", "AUDITOR", "ADMIN"})
        void theOfficeAuditorsAndAdminsSeeVisits(Role role) {
            assertThatCode(() -> Visit.requireReader(Actor.of("someone", null, role))).doesNotThrowAnyException();
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE,
                names = {"RECEPTION_OFFICER", "FAO_OFFICER", "FAO_DIRECTOR", "AUDITOR", "ADMIN"})
        void otherRolesAreRefused(Role role) {
            assertThatThrownBy(() -> Visit.requireReader(Actor.of("someone", "U-EDU", role)))
                    .isInstanceOf(ActNotPermittedException.class).hasMessageContaining("see visits");
        }
    }
}
