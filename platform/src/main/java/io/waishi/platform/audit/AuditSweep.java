package io.waishi.platform.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.waishi.platform.outbox.OutboxCollections;
import io.waishi.platform.scheduling.PeriodicTask;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Finds audit entries still waiting in aggregate documents — left by a crash between the write and the relay —
 * and chains them. Runs at start-up and then periodically, and keeps the audit gauges current.
 */
public class AuditSweep extends PeriodicTask {

    private final MongoTemplate mongo;
    private final AuditRelay relay;
    private final AuditChain chain;
    private final OutboxCollections collections;
    private final AtomicLong pending = new AtomicLong();

    public AuditSweep(MongoTemplate mongo, AuditRelay relay, AuditChain chain, OutboxCollections collections,
            AuditProperties properties, MeterRegistry meters) {
        super("audit-sweep", properties.sweepInterval());
        this.mongo = mongo;
        this.relay = relay;
        this.chain = chain;
        this.collections = collections;
        Gauge.builder("waishi.audit.pending", pending, AtomicLong::get)
                .description("Audit entries stored with their objects and not yet in the chain")
                .baseUnit("entries")
                .register(meters);
        Gauge.builder("waishi.audit.chain.length", chain, AuditChain::length)
                .description("Sequence of the last record of the audit trail")
                .baseUnit("records")
                .register(meters);
    }

    /** One pass: counts the waiting entries and chains them, document by document. */
    public void sweep() {
        long waiting = 0;
        for (String collection : collections.names()) {
            Query withPending = Query.query(Criteria.where(AuditRecorder.PENDING_FIELD + ".0").exists(true));
            withPending.fields().include(AuditRecorder.PENDING_FIELD);
            for (Document document : mongo.find(withPending, Document.class, collection)) {
                waiting += document.getList(AuditRecorder.PENDING_FIELD, Object.class, List.of()).size();
                relay.chainSoon(collection, document.get("_id"));
            }
        }
        pending.set(waiting);
        chain.refreshLength();
    }

    @Override
    protected void runOnce() {
        sweep();
    }
}
