package io.waishi.travel.delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The one correction notice an officer may send on an incomplete file (补正, RULES.md §1, S9): what to
 * correct and the day by which the unit must resubmit (CORRECTION_WORKING_DAYS working days).
 */
public record CorrectionNotice(List<String> items, String requestedBy, Instant requestedAt, LocalDate dueOn,
        Instant resubmittedAt) {

    public CorrectionNotice {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("A correction notice lists what to correct");
        }
        items = List.copyOf(items);
    }

    CorrectionNotice resubmitted(Instant at) {
        return new CorrectionNotice(items, requestedBy, requestedAt, dueOn, at);
    }
}
