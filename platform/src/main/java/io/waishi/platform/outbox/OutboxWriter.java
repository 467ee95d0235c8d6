package io.waishi.platform.outbox;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.waishi.contracts.EventType;
import io.waishi.contracts.PublishedAs;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.PendingEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the events an aggregate recorded into {@link PendingEvent}s just before Spring Data converts
 * the aggregate into its document, so the state change and its events reach MongoDB in one write.
 */
public class OutboxWriter implements BeforeConvertCallback<AggregateRoot>, Ordered {

    private final JsonMapper jsonMapper;
    private final Clock clock;
    private final Supplier<UUID> eventIds;
    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;

    public OutboxWriter(JsonMapper jsonMapper, Clock clock, Supplier<UUID> eventIds,
            ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.jsonMapper = jsonMapper;
        this.clock = clock;
        this.eventIds = eventIds;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public AggregateRoot onBeforeConvert(AggregateRoot aggregate, String collection) {
        List<Object> recorded = aggregate.recordedEvents();
        if (recorded.isEmpty()) {
            return aggregate;
        }
        Map<String, String> traceContext = currentTraceContext();
        List<PendingEvent> pending = new ArrayList<>(recorded.size());
        for (Object event : recorded) {
            EventType type = typeOf(event);
            pending.add(new PendingEvent(
                    eventIds.get().toString(),
                    type.typeName(),
                    type.topic().topicName(),
                    aggregate.aggregateId(),
                    clock.instant(),
                    jsonMapper.writeValueAsString(event),
                    traceContext));
        }
        aggregate.moveRecordedEventsToOutbox(pending);
        return aggregate;
    }

    static EventType typeOf(Object event) {
        PublishedAs publishedAs = event.getClass().getAnnotation(PublishedAs.class);
        if (publishedAs == null) {
            throw new IllegalStateException(event.getClass().getName()
                    + " was recorded as an event but is not annotated with @PublishedAs");
        }
        return publishedAs.value();
    }

    private Map<String, String> currentTraceContext() {
        Tracer currentTracer = tracer.getIfAvailable();
        Propagator currentPropagator = propagator.getIfAvailable();
        if (currentTracer == null || currentPropagator == null || currentTracer.currentTraceContext().context() == null) {
            return Map.of();
        }
        Map<String, String> carrier = new HashMap<>();
        currentPropagator.inject(currentTracer.currentTraceContext().context(), carrier, Map::put);
        return carrier;
    }

    @Override
    public int getOrder() {
        // Run after callbacks that assign ids, so events carry the final aggregate id.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
