package io.waishi.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.waishi.platform.scheduling.PeriodicTask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Finds events that are still pending — left by a crash between the write and the send, or by a Kafka
 * outage — and hands their documents to the relay. Runs at start-up and then periodically, and keeps the
 * outbox backlog gauges current.
 */
public class OutboxSweep extends PeriodicTask {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final OutboxCollections collections;
    private final Clock clock;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();

    public OutboxSweep(MongoTemplate mongo, OutboxRelay relay, OutboxProperties properties,
            OutboxCollections collections, Clock clock, MeterRegistry meters) {
        super("outbox-sweep", properties.sweepInterval());
        this.mongo = mongo;
        this.relay = relay;
        this.collections = collections;
        this.clock = clock;
        Gauge.builder("waishi.outbox.backlog", backlog, AtomicLong::get)
                .description("Events stored in aggregate documents and not yet acknowledged by Kafka")
                .baseUnit("events")
                .register(meters);
        Gauge.builder("waishi.outbox.oldest.age", oldestAgeMillis, age -> age.get() / 1000.0)
                .description("Age of the oldest pending event")
                .baseUnit("seconds")
                .register(meters);
    }

    /** One pass: measures the backlog and queues every document that has pending events. */
    public void sweep() {
        long pendingEvents = 0;
        Instant oldest = null;
        for (String collection : collections.names()) {
            Query withPending = Query.query(Criteria.where(OutboxRelay.OUTBOX_FIELD + ".0").exists(true));
            withPending.fields().include(OutboxRelay.OUTBOX_FIELD);
            for (Document document : mongo.find(withPending, Document.class, collection)) {
                List<Document> pending = document.getList(OutboxRelay.OUTBOX_FIELD, Document.class, List.of());
                pendingEvents += pending.size();
                for (Document event : pending) {
                    Instant time = OutboxRelay.toInstant(event.get("time"));
                    if (oldest == null || time.isBefore(oldest)) {
                        oldest = time;
                    }
                }
                relay.publishSoon(collection, document.get("_id"));
            }
        }
        backlog.set(pendingEvents);
        oldestAgeMillis.set(oldest == null ? 0 : Duration.between(oldest, clock.instant()).toMillis());
    }

    @Override
    protected void runOnce() {
        sweep();
    }
}
