package io.waishi.travel.passport;

import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelParameter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A passport lent out for one trip.
 *
 * @param delegationId the trip
 * @param unit         the unit that borrowed it (the delegation's unit), answerable for its return
 * @param lentOn       the day it left custody
 * @param dueBack      the day it must be back at the latest
 * @param returnedOn   the day it came back; null while it is out
 */
public record Loan(String delegationId, String unit, LocalDate lentOn, LocalDate dueBack, LocalDate returnedOn) {

    public Loan {
        if (delegationId == null || delegationId.isBlank()) {
            throw new IllegalArgumentException("A loan is for a delegation");
        }
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("A loan names the unit that borrows the passport");
        }
        if (lentOn == null || dueBack == null) {
            throw new IllegalArgumentException("A loan needs the day it starts and its due date");
        }
        if (returnedOn != null && returnedOn.isBefore(lentOn)) {
            throw new IllegalArgumentException("A passport cannot come back (" + returnedOn + ") before it was lent ("
                    + lentOn + ")");
        }
    }

    /**
     * The day a passport lent for a trip is due back: departure + approved days + PASSPORT_RETURN_DAYS
     * (RULES.md §1, S7), under the policy in force.
     */
    public static LocalDate dueDate(LocalDate departure, int approvedDays, PolicySnapshot policy) {
        if (approvedDays < 1) {
            throw new IllegalArgumentException("A trip lasts at least one day");
        }
        return departure.plusDays(approvedDays + (long) policy.intValue(TravelParameter.PASSPORT_RETURN_DAYS));
    }

    /** Days past the due date on {@code today}: 0 up to and on the due date, 1 the day after. */
    public long daysOverdue(LocalDate today) {
        LocalDate end = returnedOn == null ? today : returnedOn;
        return Math.max(0, ChronoUnit.DAYS.between(dueBack, end));
    }

    Loan recalledTo(LocalDate earlierDueBack) {
        return new Loan(delegationId, unit, lentOn, earlierDueBack, returnedOn);
    }

    Loan returnedOn(LocalDate day) {
        return new Loan(delegationId, unit, lentOn, dueBack, day);
    }
}
