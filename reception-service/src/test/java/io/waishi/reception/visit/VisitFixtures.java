package io.waishi.reception.visit;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Test fixtures: visits and actors as the office knows them. */
final class VisitFixtures {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final String BONGHWA_CITY_ID = "3c1e8d2a-6b0f-4f5e-8a9d-1997060b0e1a";
    static final Actor RECEPTION_OFFICER = Actor.of("zhou.reception", null, Role.RECEPTION_OFFICER);
    static final Actor FAO_OFFICER = Actor.of("sun.officer", null, Role.FAO_OFFICER);
    static final Actor CLERK = Actor.of("li.clerk", "U-EDU", Role.UNIT_CLERK);

    private VisitFixtures() {
    }

    /** A four-day delegation of twelve from Bonghwa County, fully hosted. */
    static VisitDetails fromBonghwa() {
        return new VisitDetails(LocalizedText.of("韩国奉化郡代表团来访", "Bonghwa County delegation"), "市外事办",
                BONGHWA_CITY_ID, LocalDate.of(2027, 6, 15), LocalDate.of(2027, 6, 18), 12, HostingMode.FULL);
    }

    /** {@link #fromBonghwa()} with other dates and guest count, for boundaries. */
    static VisitDetails fromBonghwa(LocalDate arrival, LocalDate departure, int guests) {
        VisitDetails details = fromBonghwa();
        return new VisitDetails(details.title(), details.invitingDepartment(), details.partnerCityId(), arrival,
                departure, guests, details.hostingMode());
    }

    /** A visit in {@code state}, with no events left to publish. */
    static Visit inState(VisitStatus state) {
        Visit visit = Visit.request(UUID.randomUUID().toString(), RECEPTION_OFFICER, fromBonghwa(), NOW);
        visit.recordedEvents().clear();
        return switch (state) {
            case REQUESTED -> visit;
        };
    }
}
