package io.waishi.travel.delegation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A date the office watches on the file. An alert is published once when the deadline comes near
 * (DEADLINE_WARNING_WORKING_DAYS before it) and once when it is missed; meeting it ends the watch.
 *
 * @param dueOn the last day it may be met
 */
public record Deadline(DeadlineKind kind, LocalDate dueOn, Instant metAt, boolean warned, boolean missedAlerted) {

    static Deadline due(DeadlineKind kind, LocalDate dueOn) {
        return new Deadline(kind, dueOn, null, false, false);
    }

    public boolean isOpen() {
        return metAt == null;
    }

    /** Missed: still open after its day, or met after it. */
    public boolean isMissed(LocalDate today, java.time.ZoneId zone) {
        return metAt == null ? today.isAfter(dueOn) : metAt.atZone(zone).toLocalDate().isAfter(dueOn);
    }

    Deadline met(Instant at) {
        return new Deadline(kind, dueOn, at, warned, missedAlerted);
    }

    Deadline warnedOf() {
        return new Deadline(kind, dueOn, metAt, true, missedAlerted);
    }

    Deadline missedAlertedOf() {
        return new Deadline(kind, dueOn, metAt, true, true);
    }
}
