package io.waishi.reception.plan;

import io.waishi.platform.domain.LocalizedText;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One activity of the programme (活动日程), in office time (the plan's zone).
 *
 * @param id           stable across revisions, so calendars recognise the same item (iCalendar UID)
 * @param start        when it starts, office time
 * @param end          when it ends, office time; an item ending at 10:00 and one starting then do not overlap
 * @param place        where, in words: an outside place, or a note on the venue (hall, floor)
 * @param venueId      the office's venue it is held at, when it is one
 * @param officials    the host side's accompanying officials
 * @param interpreters the interpreters booked and the language each works in
 */
public record ScheduleItem(String id, LocalDateTime start, LocalDateTime end, ItemKind kind, LocalizedText title,
        String place, String venueId, List<Official> officials, List<InterpreterAssignment> interpreters) {

    public ScheduleItem {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A schedule item needs an id");
        }
        if (start == null || end == null) {
            throw new IllegalArgumentException("A schedule item needs its start and end");
        }
        if (kind == null) {
            throw new IllegalArgumentException("A schedule item needs its kind");
        }
        if (title == null) {
            throw new IllegalArgumentException("A schedule item needs a title");
        }
        place = place == null || place.isBlank() ? null : place.strip();
        venueId = venueId == null || venueId.isBlank() ? null : venueId.strip();
        officials = officials == null ? List.of() : List.copyOf(officials);
        interpreters = interpreters == null ? List.of() : List.copyOf(interpreters);
    }

    /** Whether this item shares any moment with {@code other} (half-open: start included, end excluded). */
    public boolean overlaps(ScheduleItem other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
