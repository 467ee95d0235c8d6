package io.waishi.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.waishi.contracts.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Publishes the pending events of one aggregate document to Kafka, in order, and removes each one from
 * the document once Kafka acknowledged it (a conditional {@code $pull} by event id, so a repeat is
 * harmless). A crash between the send and the removal re-sends the event later: delivery is
 * at-least-once and consumers deduplicate on the CloudEvents id. A save of the aggregate that was read
 * before a removal writes the sent event back; the relay remembers the ids it sent last and only removes
 * such an event again, so within one process it is not sent twice.
 *
 * <p>Work is spread over a few single-threaded publishers chosen by the aggregate id, so one aggregate's
 * events are never sent by two threads at once and keep their order.
 */
public class OutboxRelay implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String OUTBOX_FIELD = "outbox";

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;
    private final MeterRegistry meters;
    private final ExecutorService[] publishers;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final RecentlySent recentlySent = new RecentlySent(RECENTLY_SENT_REMEMBERED);

    /** How many sent event ids the relay remembers, to drop an event a stale save wrote back. */
    static final int RECENTLY_SENT_REMEMBERED = 10_000;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.tracer = tracer;
        this.propagator = propagator;
        this.meters = meters;
        this.publishers = new ExecutorService[properties.publishers()];
        for (int i = 0; i < publishers.length; i++) {
            publishers[i] = Executors.newSingleThreadExecutor(new CustomizableThreadFactory("outbox-relay-" + i + "-"));
        }
    }

    /** Publishes the pending events of the document soon, on the publisher that owns its id. */
    public CompletableFuture<Void> publishSoon(String collection, Object id) {
        if (!properties.relayEnabled()) {
            return CompletableFuture.completedFuture(null);
        }
        String key = collection + "/" + id;
        if (!queued.add(key)) {
            // A task for this document is queued and has not read it yet: it will see these events too.
            return CompletableFuture.completedFuture(null);
        }
        ExecutorService publisher = publishers[Math.floorMod(id.hashCode(), publishers.length)];
        return CompletableFuture.runAsync(() -> {
            queued.remove(key);
            publishPending(collection, id);
        }, publisher);
    }

    /** Sends every pending event of the document, oldest first; stops at the first failure. */
    void publishPending(String collection, Object id) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        byId.fields().include(OUTBOX_FIELD);
        Document document = mongo.findOne(byId, Document.class, collection);
        if (document == null) {
            return;
        }
        List<Document> pending = document.getList(OUTBOX_FIELD, Document.class, List.of());
        for (Document event : pending) {
            String eventId = event.getString("eventId");
            if (recentlySent.contains(eventId)) {
                // Sent already: a save of the aggregate read before the event's removal wrote it back.
                remove(collection, id, eventId);
                continue;
            }
            try {
                send(event).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                meters.counter("waishi.events.publish.failures", "type", event.getString("type")).increment();
                log.warn("Could not publish event {} of {}/{}; the sweep will retry: {}",
                        event.getString("eventId"), collection, id, e.toString());
                return;
            }
            recentlySent.add(eventId);
            remove(collection, id, eventId);
            publishedCounter(event.getString("type")).increment();
        }
    }

    private void remove(String collection, Object id, String eventId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().pull(OUTBOX_FIELD, new Document("eventId", eventId)), collection);
    }

    /** The ids of the events sent last, oldest forgotten first. */
    static final class RecentlySent {

        private final Map<String, Boolean> ids;

        RecentlySent(int capacity) {
            this.ids = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(capacity, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > capacity;
                }
            });
        }

        void add(String id) {
            ids.put(id, Boolean.TRUE);
        }

        boolean contains(String id) {
            return ids.containsKey(id);
        }
    }

    private CompletableFuture<?> send(Document event) {
        EventType type = EventType.byTypeName(event.getString("type"))
                .orElseThrow(() -> new IllegalStateException("Unknown event type " + event.getString("type")));
        Instant time = toInstant(event.get("time"));
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, event.getString("eventId"));
        header(headers, CloudEventHeaders.SOURCE, type.owner().source().toString());
        header(headers, CloudEventHeaders.TYPE, type.typeName());
        header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(time));
        header(headers, CloudEventHeaders.SUBJECT, event.getString("subject"));
        header(headers, CloudEventHeaders.DATA_SCHEMA, type.dataSchema().toString());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        ProducerRecord<String, String> record = new ProducerRecord<>(event.getString("topic"), null,
                time.toEpochMilli(), event.getString("subject"), event.getString("data"), headers);
        return sendInTraceOf(record, traceContextOf(event));
    }

    /**
     * Sends inside a span that continues the trace of the request that caused the event, so the
     * Kafka template's observation writes a {@code traceparent} that links producer and consumers to it.
     */
    private CompletableFuture<?> sendInTraceOf(ProducerRecord<String, String> record, Map<String, String> traceContext) {
        Tracer currentTracer = tracer.getIfAvailable();
        Propagator currentPropagator = propagator.getIfAvailable();
        if (currentTracer == null || currentPropagator == null || traceContext.isEmpty()) {
            traceContext.forEach((name, value) -> header(record.headers(), name, value));
            return kafka.send(record);
        }
        Span span = currentPropagator.extract(traceContext, Map::get).name("outbox relay").start();
        try (Tracer.SpanInScope scope = currentTracer.withSpan(span)) {
            return kafka.send(record);
        } finally {
            span.end();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> traceContextOf(Document event) {
        Object context = event.get("traceContext");
        if (context instanceof Map<?, ?> map) {
            return (Map<String, String>) map;
        }
        return Map.of();
    }

    static Instant toInstant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("Unexpected event time " + value);
    }

    private static void header(org.apache.kafka.common.header.Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private Counter publishedCounter(String type) {
        return meters.counter("waishi.events.published", "type", type);
    }

    List<Runnable> shutdownNow() {
        List<Runnable> left = new ArrayList<>();
        for (ExecutorService publisher : publishers) {
            left.addAll(publisher.shutdownNow());
        }
        return left;
    }

    @Override
    public void destroy() throws InterruptedException {
        for (ExecutorService publisher : publishers) {
            publisher.shutdown();
        }
        for (ExecutorService publisher : publishers) {
            publisher.awaitTermination(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
