package io.waishi.travel.delegation;

import java.time.LocalDate;

/**
 * What happened on the trip itself, filled in as it happens.
 *
 * @param passportsIssued  how many official passports were lent for the trip
 * @param passportsDueBack when they must be back: departure + approved days + PASSPORT_RETURN_DAYS (S7)
 */
public record Trip(int passportsIssued, LocalDate passportsDueBack, LocalDate departedOn, LocalDate returnedOn,
        LocalDate passportsReturnedOn) {

    static Trip passportsIssued(int count, LocalDate dueBack) {
        return new Trip(count, dueBack, null, null, null);
    }

    Trip departed(LocalDate on) {
        return new Trip(passportsIssued, passportsDueBack, on, returnedOn, passportsReturnedOn);
    }

    Trip returned(LocalDate on) {
        return new Trip(passportsIssued, passportsDueBack, departedOn, on, passportsReturnedOn);
    }

    Trip passportsBack(LocalDate on) {
        return new Trip(passportsIssued, passportsDueBack, departedOn, returnedOn, on);
    }
}
