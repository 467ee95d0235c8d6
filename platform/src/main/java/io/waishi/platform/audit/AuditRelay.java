package io.waishi.platform.audit;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Moves the audit entries a document holds into the chain, oldest first, and removes each from the document
 * once chained (a conditional {@code $pull} by entry id). A crash between the two leaves the entry in the
 * document; chaining it again finds it already chained and only removes it. One thread appends, in the order
 * changes were saved.
 */
public class AuditRelay implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditRelay.class);

    private final MongoTemplate mongo;
    private final AuditChain chain;
    private final ExecutorService appender = Executors.newSingleThreadExecutor(new CustomizableThreadFactory("audit-relay-"));
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    public AuditRelay(MongoTemplate mongo, AuditChain chain) {
        this.mongo = mongo;
        this.chain = chain;
    }

    /** Chains the document's pending entries soon, on the relay's thread. */
    public CompletableFuture<Void> chainSoon(String collection, Object id) {
        String key = collection + "/" + id;
        if (!queued.add(key)) {
            // A task for this document is queued and has not read it yet: it will see these entries too.
            return CompletableFuture.completedFuture(null);
        }
        try {
            return CompletableFuture.runAsync(() -> {
                queued.remove(key);
                chainPending(collection, id);
            }, appender);
        } catch (RuntimeException shuttingDown) {
            queued.remove(key);
            return CompletableFuture.completedFuture(null);
        }
    }

    /** Chains every pending entry of the document, oldest first; stops at the first failure for the sweep to retry. */
    public void chainPending(String collection, Object id) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        byId.fields().include(AuditRecorder.PENDING_FIELD);
        Document document = mongo.findOne(byId, Document.class, collection);
        if (document == null) {
            return;
        }
        for (Document entry : document.getList(AuditRecorder.PENDING_FIELD, Document.class, List.of())) {
            try {
                chain.append(entry);
            } catch (RuntimeException e) {
                log.warn("Could not chain audit entry {} of {}/{}; the sweep will retry: {}", entry.getString("entryId"),
                        collection, id, e.toString());
                return;
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().pull(AuditRecorder.PENDING_FIELD,
                    new Document("entryId", entry.getString("entryId"))), collection);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        appender.shutdown();
        appender.awaitTermination(10, TimeUnit.SECONDS);
    }
}
