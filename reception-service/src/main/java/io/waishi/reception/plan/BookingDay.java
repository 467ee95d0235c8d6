package io.waishi.reception.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The booking ledger's page for one interpreter or venue on one office day: every use of it that day, from
 * every visit's plan. One document per resource and day, with an optimistic version, is the lock that keeps
 * two officers from booking the same interpreter at once: both read the page, the first write wins, and the
 * second fails on the version, reads again and sees the first booking.
 */
@Document("resource_bookings")
public class BookingDay {

    @Id
    private final String id;
    @Version
    private Long version;
    private final ResourceKind resourceKind;
    private final String resourceId;
    private final LocalDate day;
    private List<Booking> entries;

    @PersistenceCreator
    BookingDay(String id, Long version, ResourceKind resourceKind, String resourceId, LocalDate day,
            List<Booking> entries) {
        this.id = id;
        this.version = version;
        this.resourceKind = resourceKind;
        this.resourceId = resourceId;
        this.day = day;
        this.entries = entries == null ? new ArrayList<>() : new ArrayList<>(entries);
    }

    static BookingDay empty(ResourceKind kind, String resourceId, LocalDate day) {
        return new BookingDay(key(kind, resourceId, day), null, kind, resourceId, day, List.of());
    }

    static String key(ResourceKind kind, String resourceId, LocalDate day) {
        return kind + ":" + resourceId + ":" + day;
    }

    /** Replaces the entries of {@code visitId} with {@code mine}, keeping only the other entries {@code kept}. */
    void rewrite(String visitId, List<Booking> mine, List<Booking> keptOthers) {
        List<Booking> next = new ArrayList<>(keptOthers.stream().filter(b -> !b.visitId().equals(visitId)).toList());
        next.addAll(mine);
        entries = next;
    }

    List<Booking> entriesOf(String visitId) {
        return entries.stream().filter(b -> b.visitId().equals(visitId)).toList();
    }

    List<Booking> entriesNotOf(String visitId) {
        return entries.stream().filter(b -> !b.visitId().equals(visitId)).toList();
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public ResourceKind resourceKind() {
        return resourceKind;
    }

    public String resourceId() {
        return resourceId;
    }

    public LocalDate day() {
        return day;
    }

    public List<Booking> entries() {
        return List.copyOf(entries);
    }
}
