package io.waishi.platform.inbound;

import io.waishi.contracts.EventType;
import java.util.Objects;

/**
 * Reacts to one type of another service's event. The platform subscribes to the type's topic,
 * deserialises the data into {@link #dataType()} (unknown fields ignored: a tolerant reader), retries
 * failures with backoff and dead-letters what keeps failing.
 *
 * <p>A handler must make its effect and the record of the event id in ONE document write — insert a
 * document whose id derives from {@link InboundEvent#derivedId}, or a conditional update on a
 * processed-ids field — so a redelivered event has no second effect. A {@code DuplicateKeyException}
 * thrown by such an insert is taken as "already processed".
 *
 * @param <T> the handler's own record of the event data: only the fields it needs
 */
public abstract class InboundEventHandler<T> {

    private final EventType eventType;
    private final Class<T> dataType;

    protected InboundEventHandler(EventType eventType, Class<T> dataType) {
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.dataType = Objects.requireNonNull(dataType, "dataType");
    }

    public final EventType eventType() {
        return eventType;
    }

    public final Class<T> dataType() {
        return dataType;
    }

    public abstract void handle(InboundEvent<T> event);
}
