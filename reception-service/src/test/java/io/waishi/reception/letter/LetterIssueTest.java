package io.waishi.reception.letter;

import static io.waishi.reception.guest.GuestFixtures.BUSAN;
import static io.waishi.reception.guest.GuestFixtures.FAKE_SEAL;
import static io.waishi.reception.guest.GuestFixtures.FAO_OFFICER;
import static io.waishi.reception.guest.GuestFixtures.NOW;
import static io.waishi.reception.guest.GuestFixtures.RECEPTION;
import static io.waishi.reception.guest.GuestFixtures.SEOUL;
import static io.waishi.reception.guest.GuestFixtures.approvedVisit;
import static io.waishi.reception.guest.GuestFixtures.guest;
import static io.waishi.reception.guest.GuestFixtures.head;
import static io.waishi.reception.guest.GuestFixtures.passport;
import static io.waishi.reception.guest.GuestFixtures.requestedVisit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.reception.guest.Guest;
import io.waishi.reception.guest.GuestList;
import io.waishi.reception.policy.RankLevel;
import io.waishi.reception.visit.Visit;
import io.waishi.reception.visit.VisitStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LetterIssueTest {

    static final LocalizedText PURPOSE = LocalizedText.of("友好交流", "Friendly exchange");

    static GuestList delegation(Visit visit) {
        GuestList list = GuestList.of(visit.id());
        list.add(RECEPTION, visit, "kim", head("김영수", "KIM Young-soo"), passport("M12345678", SEOUL), FAKE_SEAL, NOW);
        list.add(RECEPTION, visit, "park", guest("PARK Ji-hoon", "KR", RankLevel.DIVISION),
                passport("M87654321", BUSAN), FAKE_SEAL, NOW);
        list.add(RECEPTION, visit, "lee", guest("LEE Min-ho", "KR", RankLevel.OTHER), passport("M11112222", SEOUL),
                FAKE_SEAL, NOW);
        list.add(RECEPTION, visit, "choi", guest("CHOI visa-free", "KR", RankLevel.OTHER), passport("M33334444", null),
                FAKE_SEAL, NOW);
        list.add(RECEPTION, visit, "jung", guest("JUNG no passport", "KR", RankLevel.OTHER), null, FAKE_SEAL, NOW);
        return list;
    }

    @Test
    void noLetterBeforeTheVisitIsApproved() {
        Visit visit = requestedVisit();
        GuestList list = delegation(visit);
        RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                () -> LetterIssue.plan(RECEPTION, visit, list, Set.of(), PURPOSE));
        assertThat(refused.violations()).containsExactly(
                RuleViolation.of("LETTER_BEFORE_APPROVAL", null, Map.of("status", "REQUESTED")));
    }

    @Test
    void noLetterForACancelledVisit() {
        Visit visit = approvedVisit();
        GuestList list = delegation(visit);
        visit.cancel(RECEPTION, "postponed", NOW);
        assertThatThrownBy(() -> LetterIssue.plan(RECEPTION, visit, list, Set.of(), PURPOSE))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                        .containsExactly(RuleViolation.of("LETTER_VISIT_CLOSED", null, Map.of("status", "CANCELLED"))));
    }

    @Test
    void onceApprovedOneLetterPerEmbassyForTheGuestsWhoApplyForAVisa() {
        Visit visit = approvedVisit();
        assertThat(visit.status()).isEqualTo(VisitStatus.INVITATION_APPROVED);
        List<LetterIssue.Group> groups = LetterIssue.plan(RECEPTION, visit, delegation(visit), Set.of(), PURPOSE);

        assertThat(groups).extracting(LetterIssue.Group::issuingPost).as("in the order of their first guest")
                .containsExactly(SEOUL, BUSAN);
        assertThat(groups.get(0).guests()).extracting(Guest::id).containsExactly("kim", "lee");
        assertThat(groups.get(1).guests()).extracting(Guest::id).containsExactly("park");
    }

    @Test
    void guestsAlreadyInvitedGetNoSecondLetter() {
        Visit visit = approvedVisit();
        List<LetterIssue.Group> groups = LetterIssue.plan(RECEPTION, visit, delegation(visit), Set.of("kim", "park"),
                PURPOSE);
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).guests()).extracting(Guest::id).containsExactly("lee");

        assertThatThrownBy(() -> LetterIssue.plan(RECEPTION, visit, delegation(visit), Set.of("kim", "park", "lee"),
                PURPOSE)).isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(
                        refused.violations()).containsExactly(RuleViolation.of("LETTER_NOBODY_TO_INVITE", "guests",
                                Map.of("guests", 5, "alreadyInvited", 3))));
    }

    @Test
    void everyBrokenRuleIsReportedTogether() {
        Visit visit = requestedVisit();
        assertThatThrownBy(() -> LetterIssue.plan(RECEPTION, visit, GuestList.of(visit.id()), Set.of(), null))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                        .extracting(RuleViolation::code)
                        .containsExactly("LETTER_BEFORE_APPROVAL", "LETTER_PURPOSE_MISSING", "LETTER_NOBODY_TO_INVITE"));
    }

    @Test
    void onlyReceptionOfficersIssueLetters() {
        Visit visit = approvedVisit();
        assertThatThrownBy(() -> LetterIssue.plan(FAO_OFFICER, visit, delegation(visit), Set.of(), PURPOSE))
                .isInstanceOf(ActNotPermittedException.class);
    }

    @Test
    void aLetterKeepsItsInviteesPassportsSealed() {
        Visit visit = approvedVisit();
        LetterIssue.Group seoul = LetterIssue.plan(RECEPTION, visit, delegation(visit), Set.of(), PURPOSE).get(0);
        LetterFacts facts = new LetterFacts(visit.details().title(), PURPOSE, LetterSettings.defaults().defaultPlaces(),
                null, visit.details().arrivalDate(), visit.details().departureDate(), visit.details().hostingMode(),
                LetterSettings.defaults().issuingUnit(), LetterSettings.defaults().contact());
        VisaLetter letter = VisaLetter.issue("TCFAO-2027-0001", 2027, visit.id(), seoul, facts, "zhou.reception", NOW);

        assertThat(letter.number()).isEqualTo("TCFAO-2027-0001");
        assertThat(letter.issuingPost()).isEqualTo(SEOUL);
        assertThat(letter.invitees()).extracting(Invitee::guestId).containsExactly("kim", "lee");
        assertThat(letter.invitees().get(0).passport().sealedNumber()).doesNotContain("M12345678");
        assertThat(letter.issuedBy()).isEqualTo("zhou.reception");
        assertThat(letter.recordedEvents()).isEmpty();
        assertThat(facts.days()).isEqualTo(4);
    }
}
