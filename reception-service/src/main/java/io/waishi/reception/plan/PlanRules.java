package io.waishi.reception.plan;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.reception.resource.Interpreter;
import io.waishi.reception.resource.Venue;
import io.waishi.reception.visit.VisitDetails;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a reception plan's programme must meet, all reported together: items lie within the visit's days
 * and end after they start; an interpreter works in the language asked, is available and is in one place at a
 * time; a venue is free and seats the delegation for sit-down items. "At a time" is across all visits: the
 * other visits' bookings come from the booking ledger.
 */
public final class PlanRules {

    private PlanRules() {
    }

    /** The interpreters and venues the programme names, by id; an id missing here is unknown to the office. */
    public record Resources(Map<String, Interpreter> interpreters, Map<String, Venue> venues) {

        public Resources {
            interpreters = Map.copyOf(interpreters);
            venues = Map.copyOf(venues);
        }
    }

    public static List<RuleViolation> check(String visitId, VisitDetails visit, ZoneId zone, List<ScheduleItem> items,
            Resources resources, List<Booking> otherVisits) {
        List<RuleViolation> violations = new ArrayList<>();
        LocalDateTime visitStart = visit.arrivalDate().atStartOfDay();
        LocalDateTime visitEnd = visit.departureDate().plusDays(1).atStartOfDay();
        for (ScheduleItem item : items) {
            boolean timed = item.end().isAfter(item.start());
            if (!timed) {
                violations.add(violation("ITEM_ENDS_BEFORE_START", "items", "itemId", item.id(),
                        "start", item.start().toString(), "end", item.end().toString()));
            }
            if (item.start().isBefore(visitStart) || item.end().isAfter(visitEnd)) {
                violations.add(violation("ITEM_OUTSIDE_VISIT", "items", "itemId", item.id(),
                        "start", item.start().toString(), "end", item.end().toString(),
                        "arrivalDate", visit.arrivalDate().toString(), "departureDate", visit.departureDate().toString()));
            }
            checkVenue(item, visit, resources, violations);
            checkInterpreters(item, resources, violations);
            if (timed) {
                checkOverlapsWithOtherVisits(item, zone, otherVisits, violations);
            }
        }
        checkOverlapsWithinPlan(visitId, items, violations);
        return violations;
    }

    private static void checkVenue(ScheduleItem item, VisitDetails visit, Resources resources,
            List<RuleViolation> violations) {
        if (item.venueId() == null) {
            return;
        }
        Venue venue = resources.venues().get(item.venueId());
        if (venue == null) {
            violations.add(violation("VENUE_NOT_FOUND", "items", "venueId", item.venueId(), "itemId", item.id()));
            return;
        }
        if (!venue.active()) {
            violations.add(violation("VENUE_INACTIVE", "items", "venueId", venue.id(), "itemId", item.id()));
        }
        if (item.kind().seatsTheDelegation() && venue.capacity() < visit.guestCount()) {
            violations.add(violation("VENUE_TOO_SMALL", "items", "venueId", venue.id(), "itemId", item.id(),
                    "capacity", venue.capacity(), "guestCount", visit.guestCount()));
        }
    }

    private static void checkInterpreters(ScheduleItem item, Resources resources, List<RuleViolation> violations) {
        for (InterpreterAssignment assignment : item.interpreters()) {
            Interpreter interpreter = resources.interpreters().get(assignment.interpreterId());
            if (interpreter == null) {
                violations.add(violation("INTERPRETER_NOT_FOUND", "items", "interpreterId",
                        assignment.interpreterId(), "itemId", item.id()));
                continue;
            }
            if (!interpreter.active()) {
                violations.add(violation("INTERPRETER_INACTIVE", "items", "interpreterId", interpreter.id(),
                        "itemId", item.id()));
            }
            if (!interpreter.speaks(assignment.language())) {
                violations.add(violation("INTERPRETER_LANGUAGE_MISSING", "items", "interpreterId", interpreter.id(),
                        "itemId", item.id(), "language", assignment.language(),
                        "languages", String.join(", ", interpreter.languages())));
            }
            if (item.end().isAfter(item.start())) {
                interpreter.unavailableDuring(item.start(), item.end()).ifPresent(period -> violations.add(
                        violation("INTERPRETER_UNAVAILABLE", "items", "interpreterId", interpreter.id(),
                                "itemId", item.id(), "from", period.from().toString(), "to", period.to().toString())));
            }
        }
    }

    private static void checkOverlapsWithOtherVisits(ScheduleItem item, ZoneId zone, List<Booking> others,
            List<RuleViolation> violations) {
        Instant from = item.start().atZone(zone).toInstant();
        Instant to = item.end().atZone(zone).toInstant();
        Set<String> reported = new LinkedHashSet<>();
        for (Booking other : others) {
            if (!other.overlaps(from, to) || !uses(item, other.resourceKind(), other.resourceId())
                    || !reported.add(other.resourceKind() + other.resourceId() + other.visitId() + other.itemId())) {
                continue;
            }
            violations.add(doubleBooked(other.resourceKind(), other.resourceId(), item.id(), other.visitId(),
                    other.itemId(), LocalDateTime.ofInstant(other.from(), zone), LocalDateTime.ofInstant(other.to(), zone)));
        }
    }

    private static void checkOverlapsWithinPlan(String visitId, List<ScheduleItem> items,
            List<RuleViolation> violations) {
        for (int i = 0; i < items.size(); i++) {
            ScheduleItem first = items.get(i);
            for (int j = i + 1; j < items.size(); j++) {
                ScheduleItem second = items.get(j);
                if (!first.end().isAfter(first.start()) || !second.end().isAfter(second.start())
                        || !first.overlaps(second)) {
                    continue;
                }
                for (String interpreterId : interpreterIds(second)) {
                    if (interpreterIds(first).contains(interpreterId)) {
                        violations.add(doubleBooked(ResourceKind.INTERPRETER, interpreterId, second.id(), visitId,
                                first.id(), first.start(), first.end()));
                    }
                }
                if (second.venueId() != null && second.venueId().equals(first.venueId())) {
                    violations.add(doubleBooked(ResourceKind.VENUE, second.venueId(), second.id(), visitId, first.id(),
                            first.start(), first.end()));
                }
            }
        }
    }

    private static boolean uses(ScheduleItem item, ResourceKind kind, String resourceId) {
        return kind == ResourceKind.VENUE ? resourceId.equals(item.venueId()) : interpreterIds(item).contains(resourceId);
    }

    private static Set<String> interpreterIds(ScheduleItem item) {
        Set<String> ids = new LinkedHashSet<>();
        item.interpreters().forEach(assignment -> ids.add(assignment.interpreterId()));
        return ids;
    }

    private static RuleViolation doubleBooked(ResourceKind kind, String resourceId, String itemId, String otherVisitId,
            String otherItemId, LocalDateTime from, LocalDateTime to) {
        return kind == ResourceKind.INTERPRETER
                ? violation("INTERPRETER_DOUBLE_BOOKED", "items", "interpreterId", resourceId, "itemId", itemId,
                        "otherVisitId", otherVisitId, "otherItemId", otherItemId, "from", from.toString(), "to", to.toString())
                : violation("VENUE_DOUBLE_BOOKED", "items", "venueId", resourceId, "itemId", itemId,
                        "otherVisitId", otherVisitId, "otherItemId", otherItemId, "from", from.toString(), "to", to.toString());
    }

    static RuleViolation violation(String code, String field, Object... keysAndValues) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return RuleViolation.of(code, field, parameters);
    }
}
