package io.waishi.platform.inbound;

import io.micrometer.core.instrument.MeterRegistry;
import io.waishi.contracts.EventType;
import io.waishi.contracts.Topic;
import io.waishi.platform.audit.AuditContext;
import io.waishi.platform.outbox.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a CloudEvents record and hands it to the handlers of its type. Used by the Kafka listener and by
 * the dead-letter re-drive, so both take exactly the same path.
 */
public class InboundEventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(InboundEventDispatcher.class);

    /** What became of a record. */
    public enum Outcome { PROCESSED, DUPLICATE, IGNORED }

    private final Map<EventType, List<InboundEventHandler<?>>> handlers = new EnumMap<>(EventType.class);
    private final JsonMapper jsonMapper;
    private final MeterRegistry meters;

    public InboundEventDispatcher(List<InboundEventHandler<?>> handlerBeans, JsonMapper jsonMapper, MeterRegistry meters) {
        for (InboundEventHandler<?> handler : handlerBeans) {
            handlers.computeIfAbsent(handler.eventType(), type -> new java.util.ArrayList<>()).add(handler);
        }
        this.jsonMapper = jsonMapper;
        this.meters = meters;
    }

    /** The topics this service has to read. */
    public Set<Topic> subscribedTopics() {
        return handlers.keySet().stream().map(EventType::topic).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public boolean hasHandlers() {
        return !handlers.isEmpty();
    }

    public Outcome dispatch(ConsumerRecord<String, String> record) {
        String typeName = header(record, CloudEventHeaders.TYPE);
        if (typeName == null) {
            throw new UnreadableEventException("Record without " + CloudEventHeaders.TYPE + " header at "
                    + record.topic() + "-" + record.partition() + "@" + record.offset(), null);
        }
        EventType type = EventType.byTypeName(typeName).orElse(null);
        List<InboundEventHandler<?>> interested = type == null ? List.of() : handlers.getOrDefault(type, List.of());
        if (interested.isEmpty()) {
            // Other types share the topic; a tolerant reader skips what it does not need.
            count(typeName, Outcome.IGNORED);
            return Outcome.IGNORED;
        }
        Outcome outcome = Outcome.PROCESSED;
        for (InboundEventHandler<?> handler : interested) {
            if (invoke(handler, type, record) == Outcome.DUPLICATE) {
                outcome = Outcome.DUPLICATE;
            }
        }
        count(typeName, outcome);
        return outcome;
    }

    private <T> Outcome invoke(InboundEventHandler<T> handler, EventType type, ConsumerRecord<String, String> record) {
        InboundEvent<T> event = read(record, type, handler.dataType());
        try {
            // What the handler changes is audited as caused by this event.
            AuditContext.run("event " + type.typeName(), event.id(), () -> handler.handle(event));
            return Outcome.PROCESSED;
        } catch (DuplicateKeyException alreadyProcessed) {
            log.debug("Event {} of type {} was already processed by {}", event.id(), type.typeName(),
                    handler.getClass().getSimpleName());
            return Outcome.DUPLICATE;
        }
    }

    private <T> InboundEvent<T> read(ConsumerRecord<String, String> record, EventType type, Class<T> dataType) {
        String id = header(record, CloudEventHeaders.ID);
        if (id == null || id.isBlank()) {
            throw new UnreadableEventException("Event of type " + type.typeName() + " without " + CloudEventHeaders.ID, null);
        }
        if (record.value() == null) {
            throw new UnreadableEventException("Event " + id + " has no data", null);
        }
        try {
            T data = jsonMapper.readerFor(dataType)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(record.value());
            if (data == null) {
                throw new UnreadableEventException("Event " + id + " has null data", null);
            }
            return new InboundEvent<>(id, type, header(record, CloudEventHeaders.SOURCE),
                    header(record, CloudEventHeaders.SUBJECT), time(record), data);
        } catch (JacksonException e) {
            throw new UnreadableEventException("Event " + id + " of type " + type.typeName()
                    + " cannot be read as " + dataType.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static Instant time(ConsumerRecord<String, String> record) {
        String time = header(record, CloudEventHeaders.TIME);
        if (time == null) {
            return Instant.ofEpochMilli(record.timestamp());
        }
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new UnreadableEventException("Bad " + CloudEventHeaders.TIME + " " + time, e);
        }
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void count(String type, Outcome outcome) {
        meters.counter("waishi.events.consumed", "type", type, "outcome", outcome.name().toLowerCase()).increment();
    }
}
