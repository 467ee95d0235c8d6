package io.waishi.travel.passport;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import io.waishi.travel.delegation.RankLevel;
import io.waishi.travel.policy.PolicySnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Test fixtures: passports and actors as the passport office knows them. */
final class PassportFixtures {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final PolicySnapshot POLICY = PolicySnapshot.defaults(TODAY);
    static final Actor OFFICER = Actor.of("sun.officer", null, Role.FAO_OFFICER);
    static final Actor DIRECTOR = Actor.of("zhao.director", null, Role.FAO_DIRECTOR);
    static final Actor AUDITOR = Actor.of("qian.auditor", null, Role.AUDITOR);
    static final Actor CLERK = Actor.of("li.clerk", "U-EDU", Role.UNIT_CLERK);
    static final Actor OTHER_UNIT_CLERK = Actor.of("wang.clerk", "U-HEALTH", Role.UNIT_CLERK);
    static final String TRIP = "7d0c2f9e-3a34-4d0c-9a53-3f1e2b0c9d11";
    static final String OTHER_TRIP = "1679091c-5a88-4faf-afb5-e6087eb1b2dc";
    static final String NUMBER = "SE123478";
    static final String NAME = "Li Ming";
    static final LocalDate ISSUED = LocalDate.of(2024, 1, 15);
    static final LocalDate EXPIRES = LocalDate.of(2034, 1, 14);

    private PassportFixtures() {
    }

    /** A division-level official of U-EDU. */
    static Holder holder() {
        return holder(RankLevel.DIVISION);
    }

    static Holder holder(RankLevel rank) {
        return new Holder("P-1001", NAME, "U-EDU", rank);
    }

    /** A service passport of a division-level official, just registered. */
    static Passport inCustody() {
        return inCustody(EXPIRES);
    }

    static Passport inCustody(LocalDate expiresOn) {
        return Passport.register(UUID.randomUUID().toString(), OFFICER, holder(), PassportType.SERVICE,
                new PassportNumber(NUMBER), ISSUED, expiresOn, List.of(), TODAY, NOW);
    }

    /** Lent today for {@link #TRIP} of U-EDU, due back on {@code dueBack}. */
    static Passport onLoan(LocalDate dueBack) {
        Passport passport = inCustody();
        passport.lend(OFFICER, TRIP, "U-EDU", TODAY, dueBack, NOW);
        return passport;
    }
}
