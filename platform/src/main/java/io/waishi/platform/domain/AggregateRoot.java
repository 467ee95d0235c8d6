package io.waishi.platform.domain;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * Base of every aggregate: it records the events its business acts cause. Saving the aggregate stores
 * those events in its own document (the outbox) in the same single-document write as the state change,
 * and the platform publishes them afterwards (DESIGN.md §5). Services never talk to Kafka themselves.
 */
public abstract class AggregateRoot {

    @Id
    private final String id;

    /** Optimistic lock, and the ETag clients send back as If-Match. */
    @Version
    private Long version;

    /** Events recorded since the aggregate was loaded; moved into {@link #outbox} when it is saved. */
    private transient List<Object> recordedEvents = new ArrayList<>();

    /** Events stored with the aggregate and not yet acknowledged by Kafka. Written only by the platform. */
    private List<PendingEvent> outbox = new ArrayList<>();

    protected AggregateRoot(String id, Long version) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An aggregate needs an id");
        }
        this.id = id;
        this.version = version;
    }

    public final String id() {
        return id;
    }

    /** The id this aggregate's events carry as their subject and Kafka key. */
    public final String aggregateId() {
        return id;
    }

    /** Null until the aggregate is first saved. */
    public final Long version() {
        return version;
    }

    protected final void record(Object event) {
        recordedEvents().add(event);
    }

    /** The events recorded and not yet saved, oldest first; used by tests and by the platform. */
    public final List<Object> recordedEvents() {
        if (recordedEvents == null) {
            recordedEvents = new ArrayList<>();
        }
        return recordedEvents;
    }

    /** Moves the recorded events, in order, into the outbox. Called by the platform just before a save. */
    public final void moveRecordedEventsToOutbox(List<PendingEvent> pending) {
        if (outbox == null) {
            outbox = new ArrayList<>();
        }
        outbox.addAll(pending);
        recordedEvents().clear();
    }

    public final List<PendingEvent> outbox() {
        return outbox == null ? List.of() : List.copyOf(outbox);
    }
}
