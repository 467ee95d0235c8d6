package io.waishi.reception.resource;

import java.time.LocalDateTime;

/**
 * A stretch of office time, start included and end excluded: a period ending at 10:00 and another starting at
 * 10:00 do not overlap.
 */
public record Period(LocalDateTime from, LocalDateTime to) {

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("A period needs its start and end");
        }
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("A period ends after it starts: " + from + " – " + to);
        }
    }

    /** Whether the two periods share any moment (half-open intervals). */
    public boolean overlaps(LocalDateTime otherFrom, LocalDateTime otherTo) {
        return from.isBefore(otherTo) && otherFrom.isBefore(to);
    }
}
