package io.waishi.travel.delegation;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Test fixtures: delegations and actors as the office knows them. */
final class DelegationFixtures {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final Actor CLERK = Actor.of("li.clerk", "U-EDU", Role.UNIT_CLERK);
    static final Actor OTHER_UNIT_CLERK = Actor.of("wang.clerk", "U-HEALTH", Role.UNIT_CLERK);
    static final Actor DIRECTOR = Actor.of("zhao.director", null, Role.FAO_DIRECTOR);
    static final Actor OFFICER = Actor.of("sun.officer", null, Role.FAO_OFFICER);

    private DelegationFixtures() {
    }

    static TripPlan planToJapan() {
        return new TripPlan(LocalizedText.of("赴日本教育交流", "Education exchange in Japan"),
                "7d0c2f9e-3a34-4d0c-9a53-3f1e2b0c9d11", List.of("JP"),
                LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 14),
                List.of(new Member("Li Ming", "Deputy director"), new Member("Chen Jing", "Interpreter")));
    }

    static Delegation draft() {
        Delegation delegation = Delegation.draft(UUID.randomUUID().toString(), CLERK, planToJapan(), NOW);
        delegation.recordedEvents().clear();
        return delegation;
    }

    static Delegation submitted() {
        Delegation delegation = draft();
        delegation.submit(CLERK, NOW);
        delegation.recordedEvents().clear();
        return delegation;
    }
}
