package io.waishi.reception.plan;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one revision of the reception plan says (S31b): the programme, cars and lodging, and a note on what
 * changed. Items are kept in time order.
 */
public record PlanContent(List<ScheduleItem> items, List<Vehicle> vehicles, List<Lodging> lodging, String note) {

    public PlanContent {
        items = items == null ? List.of()
                : items.stream().sorted(Comparator.comparing(ScheduleItem::start).thenComparing(ScheduleItem::id))
                        .toList();
        Set<String> ids = new HashSet<>();
        for (ScheduleItem item : items) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("Two schedule items have the id " + item.id());
            }
        }
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        lodging = lodging == null ? List.of() : List.copyOf(lodging);
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public static PlanContent empty() {
        return new PlanContent(List.of(), List.of(), List.of(), null);
    }
}
