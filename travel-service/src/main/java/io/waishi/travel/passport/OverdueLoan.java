package io.waishi.travel.passport;

import java.time.LocalDate;

/** A passport not back by its due date: what the rule "unit blocked" needs to know. */
public record OverdueLoan(String passportId, String delegationId, LocalDate dueBack, long daysOverdue) {
}
