package io.waishi.reception.guest;

import static io.waishi.reception.guest.GuestFixtures.FAKE_SEAL;
import static io.waishi.reception.guest.GuestFixtures.FAO_OFFICER;
import static io.waishi.reception.guest.GuestFixtures.NOW;
import static io.waishi.reception.guest.GuestFixtures.RECEPTION;
import static io.waishi.reception.guest.GuestFixtures.SEOUL;
import static io.waishi.reception.guest.GuestFixtures.guest;
import static io.waishi.reception.guest.GuestFixtures.head;
import static io.waishi.reception.guest.GuestFixtures.passport;
import static io.waishi.reception.guest.GuestFixtures.requestedVisit;
import static io.waishi.reception.guest.GuestFixtures.spouseOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.reception.policy.RankLevel;
import io.waishi.reception.visit.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GuestListTest {

    final Visit visit = requestedVisit(3);
    final GuestList list = GuestList.of(visit.id());

    static List<String> codes(Throwable thrown) {
        return ((RuleViolationException) thrown).violations().stream().map(RuleViolation::code).toList();
    }

    @Nested
    class AddGuest {

        @Test
        void aReceptionOfficerPutsAGuestOnTheListWithThePassportSealed() {
            Guest added = list.add(RECEPTION, visit, "g1", head("김영수", "KIM Young-soo"),
                    passport("M12345678", SEOUL), FAKE_SEAL, NOW);

            assertThat(list.guests()).containsExactly(added);
            assertThat(added.passport().sealedNumber()).isEqualTo("sealed:87654321M");
            assertThat(added.passport().maskedNumber()).isEqualTo("M****5678");
            assertThat(added.passport().sealedDateOfBirth()).doesNotContain("1968-04-02");
            assertThat(added.passport().open(FAKE_SEAL).number()).isEqualTo("M12345678");
            assertThat(added.needsVisaLetter()).isTrue();
            assertThat(list.changes()).containsExactly(new GuestListChange(GuestAct.ADD_GUEST, "g1", "zhou.reception", NOW));
            assertThat(list.recordedEvents()).as("guest data stays in the service").isEmpty();
        }

        @Test
        void guestsWithoutPassportOrEmbassyNeedNoLetter() {
            assertThat(list.add(RECEPTION, visit, "g1", guest("A", "KR", RankLevel.OTHER), null, FAKE_SEAL, NOW)
                    .needsVisaLetter()).isFalse();
            assertThat(list.add(RECEPTION, visit, "g2", guest("B", "KR", RankLevel.OTHER), passport("M1234567", null),
                    FAKE_SEAL, NOW).needsVisaLetter()).isFalse();
        }

        @Test
        void onlyReceptionOfficersEditGuests() {
            assertThatThrownBy(() -> list.add(FAO_OFFICER, visit, "g1", head("김영수", "KIM"), null, FAKE_SEAL, NOW))
                    .isInstanceOf(ActNotPermittedException.class);
            assertThat(list.guests()).isEmpty();
        }

        @Test
        void onlyWhileTheVisitIsOpen() {
            visit.cancel(RECEPTION, "postponed", NOW);
            assertThatThrownBy(() -> list.add(RECEPTION, visit, "g1", head("김영수", "KIM"), null, FAKE_SEAL, NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class)
                    .hasMessageContaining("CANCELLED");
        }

        @Test
        void theListHoldsNoMoreGuestsThanTheVisitIsFor() {
            for (int i = 1; i <= 3; i++) {
                list.add(RECEPTION, visit, "g" + i, guest("G" + i, "KR", RankLevel.OTHER), null, FAKE_SEAL, NOW);
            }
            RuleViolationException refused = (RuleViolationException) org.assertj.core.api.Assertions.catchThrowable(
                    () -> list.add(RECEPTION, visit, "g4", guest("G4", "KR", RankLevel.OTHER), null, FAKE_SEAL, NOW));
            assertThat(refused.violations()).containsExactly(RuleViolation.of("GUEST_COUNT_EXCEEDED", "guests",
                    java.util.Map.of("guestCount", 3, "actual", 4)));
        }

        @Test
        void aDelegationHasOneHead() {
            list.add(RECEPTION, visit, "g1", head("김영수", "KIM Young-soo"), null, FAKE_SEAL, NOW);
            assertThatThrownBy(() -> list.add(RECEPTION, visit, "g2", head("박", "PARK"), null, FAKE_SEAL, NOW))
                    .satisfies(thrown -> assertThat(codes(thrown)).containsExactly("HEAD_OF_DELEGATION_TAKEN"));
        }

        @Test
        void aSpouseAccompaniesAGuestOnTheListAndOnlyOne() {
            list.add(RECEPTION, visit, "g1", head("김영수", "KIM Young-soo"), null, FAKE_SEAL, NOW);
            assertThatThrownBy(() -> list.add(RECEPTION, visit, "g2", spouseOf("nobody", "LEE"), null, FAKE_SEAL, NOW))
                    .satisfies(thrown -> assertThat(codes(thrown)).containsExactly("SPOUSE_NOT_ON_LIST"));
            list.add(RECEPTION, visit, "g2", spouseOf("g1", "LEE Mi-ja"), null, FAKE_SEAL, NOW);
            assertThatThrownBy(() -> list.add(RECEPTION, visit, "g3", spouseOf("g1", "CHOI"), null, FAKE_SEAL, NOW))
                    .satisfies(thrown -> assertThat(codes(thrown)).containsExactly("SPOUSE_ALREADY_LISTED"));
            assertThatThrownBy(() -> list.add(RECEPTION, visit, "g3", spouseOf("g2", "CHOI"), null, FAKE_SEAL, NOW))
                    .satisfies(thrown -> assertThat(codes(thrown)).containsExactly("SPOUSE_OF_A_SPOUSE"));
        }

        @Test
        void aPassportMustOutlastTheVisitByAtLeastADay() {
            LocalDate departure = visit.details().departureDate();
            PassportData expiresOnDeparture = new PassportData("M1234567", LocalDate.of(1970, 1, 1), "KR", departure,
                    SEOUL);
            assertThatThrownBy(() -> list.add(RECEPTION, visit, "g1", guest("A", "KR", RankLevel.OTHER),
                    expiresOnDeparture, FAKE_SEAL, NOW))
                    .satisfies(thrown -> {
                        assertThat(codes(thrown)).containsExactly("PASSPORT_EXPIRES_BEFORE_DEPARTURE");
                        assertThat(thrown.getMessage()).doesNotContain("M1234567");
                        assertThat(((RuleViolationException) thrown).violations().toString())
                                .doesNotContain("M1234567").doesNotContain("1970-01-01");
                    });
            list.add(RECEPTION, visit, "g1", guest("A", "KR", RankLevel.OTHER),
                    new PassportData("M1234567", LocalDate.of(1970, 1, 1), "KR", departure.plusDays(1), SEOUL),
                    FAKE_SEAL, NOW);
            assertThat(list.guests()).hasSize(1);
        }

        @Test
        void everyBrokenRuleIsReportedTogether() {
            list.add(RECEPTION, visit, "g1", head("김영수", "KIM"), null, FAKE_SEAL, NOW);
            list.add(RECEPTION, visit, "g2", guest("B", "KR", RankLevel.OTHER), null, FAKE_SEAL, NOW);
            list.add(RECEPTION, visit, "g3", guest("C", "KR", RankLevel.OTHER), null, FAKE_SEAL, NOW);
            GuestProfile secondHeadAndSpouse = new GuestProfile(null, "X", null, null, "KR", RankLevel.OTHER, null, true,
                    true, "nobody", null, null, false);
            PassportData expired = new PassportData("M1234567", LocalDate.of(1970, 1, 1), "KR",
                    LocalDate.of(2027, 1, 1), SEOUL);
            assertThatThrownBy(() -> list.add(RECEPTION, visit, "g4", secondHeadAndSpouse, expired, FAKE_SEAL, NOW))
                    .satisfies(thrown -> assertThat(codes(thrown)).containsExactly("GUEST_COUNT_EXCEEDED",
                            "HEAD_OF_DELEGATION_TAKEN", "SPOUSE_NOT_ON_LIST", "PASSPORT_EXPIRES_BEFORE_DEPARTURE"));
        }
    }

    @Nested
    class ReviseAndRemove {

        @Test
        void revisingReplacesTheGuestAndMayTakeThePassportOffFile() {
            list.add(RECEPTION, visit, "g1", head("김영수", "KIM"), passport("M12345678", SEOUL), FAKE_SEAL, NOW);
            Guest revised = list.revise(RECEPTION, visit, "g1", head("김영수", "KIM Young-soo"), null, FAKE_SEAL, NOW);
            assertThat(revised.profile().latinName()).isEqualTo("KIM Young-soo");
            assertThat(revised.passport()).isNull();
            assertThat(list.guests()).containsExactly(revised);
            assertThat(list.changes()).extracting(GuestListChange::act)
                    .containsExactly(GuestAct.ADD_GUEST, GuestAct.REVISE_GUEST);
        }

        @Test
        void theHeadMayBeRevisedWithoutClashingWithThemselves() {
            list.add(RECEPTION, visit, "g1", head("김영수", "KIM"), null, FAKE_SEAL, NOW);
            list.revise(RECEPTION, visit, "g1", head("김영수", "KIM Y."), null, FAKE_SEAL, NOW);
            assertThatThrownBy(() -> list.revise(RECEPTION, visit, "g1", spouseOf("g1", "KIM"), null, FAKE_SEAL, NOW))
                    .satisfies(thrown -> assertThat(codes(thrown)).containsExactly("SPOUSE_OF_SELF"));
        }

        @Test
        void aGuestWithASpouseOnTheListIsNotRemovedBeforeTheSpouse() {
            list.add(RECEPTION, visit, "g1", head("김영수", "KIM"), null, FAKE_SEAL, NOW);
            list.add(RECEPTION, visit, "g2", spouseOf("g1", "LEE"), null, FAKE_SEAL, NOW);
            assertThatThrownBy(() -> list.remove(RECEPTION, visit, "g1", NOW))
                    .satisfies(thrown -> assertThat(codes(thrown)).containsExactly("GUEST_HAS_SPOUSE_ON_LIST"));
            list.remove(RECEPTION, visit, "g2", NOW);
            list.remove(RECEPTION, visit, "g1", NOW);
            assertThat(list.guests()).isEmpty();
        }

        @Test
        void anUnknownGuestIsNotFound() {
            assertThatThrownBy(() -> list.remove(RECEPTION, visit, "nobody", NOW)).isInstanceOf(NotFoundException.class);
        }

        @Test
        void aListBelongsToOneVisit() {
            assertThatThrownBy(() -> GuestList.of("another").add(RECEPTION, visit, "g1", head("김", "KIM"), null,
                    FAKE_SEAL, NOW)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
