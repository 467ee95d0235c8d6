package io.waishi.reception.guest;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.reception.policy.RankLevel;
import io.waishi.reception.policy.ReceptionPolicy;
import io.waishi.reception.visit.HostingMode;
import io.waishi.reception.visit.Visit;
import io.waishi.reception.visit.VisitDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Test fixtures: visits, guests and actors, as the office knows them. */
public final class GuestFixtures {

    public static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");
    public static final Actor RECEPTION = Actor.of("zhou.reception", null, Role.RECEPTION_OFFICER);
    public static final Actor FAO_OFFICER = Actor.of("sun.officer", null, Role.FAO_OFFICER);
    public static final Actor DIRECTOR = Actor.of("zhao.director", null, Role.FAO_DIRECTOR);

    /** Seals by reversing and tagging: visible in tests, never the plain text. */
    public static final PersonalDataSeal FAKE_SEAL = new PersonalDataSeal() {
        @Override
        public String seal(String plain) {
            return "sealed:" + new StringBuilder(plain).reverse();
        }

        @Override
        public String open(String sealed) {
            return new StringBuilder(sealed.substring("sealed:".length())).reverse().toString();
        }
    };

    private GuestFixtures() {
    }

    /** A four-day delegation of {@code guests} from Bonghwa County, fully hosted, just requested. */
    public static Visit requestedVisit(int guests) {
        VisitDetails details = new VisitDetails(LocalizedText.of("韩国奉化郡代表团来访", "Bonghwa County delegation"),
                "市外事办", LocalizedText.of("友好交流", "Friendly exchange"), null, Set.of("KR"),
                LocalDate.of(2027, 6, 15), LocalDate.of(2027, 6, 18), guests, HostingMode.FULL, false, null);
        Visit visit = Visit.request(UUID.randomUUID().toString(), RECEPTION, details, NOW);
        visit.recordedEvents().clear();
        return visit;
    }

    public static Visit requestedVisit() {
        return requestedVisit(12);
    }

    /** A visit the director approved (INVITATION_APPROVED). */
    public static Visit approvedVisit() {
        Visit visit = requestedVisit();
        visit.approveInvitation(DIRECTOR, ReceptionPolicy.defaults(), NOW);
        visit.recordedEvents().clear();
        return visit;
    }

    public static GuestProfile guest(String latinName, String country, RankLevel rank) {
        return new GuestProfile(null, latinName, "Councillor", "Bonghwa County", country, rank,
                LocalDate.of(2020, 1, 1), true, false, null, null, null, true);
    }

    public static GuestProfile head(String nativeName, String latinName) {
        return new GuestProfile(nativeName, latinName, "County Governor", "Bonghwa County", "KR", RankLevel.BUREAU,
                LocalDate.of(2022, 7, 1), true, true, null, "no pork", null, true);
    }

    public static GuestProfile spouseOf(String guestId, String latinName) {
        return new GuestProfile(null, latinName, null, null, "KR", RankLevel.OTHER, null, true, false, guestId,
                "vegetarian", null, true);
    }

    public static PassportData passport(String number, String issuingPost) {
        return new PassportData(number, LocalDate.of(1968, 4, 2), "KR", LocalDate.of(2031, 5, 1), issuingPost);
    }

    public static final String BUSAN = "中华人民共和国驻釜山总领事馆 Consulate-General of the PRC in Busan";
    public static final String SEOUL = "中华人民共和国驻大韩民国大使馆 Embassy of the PRC in the Republic of Korea";
}
