package io.waishi.platform.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The service's audit trail: an append-only collection ({@value #COLLECTION}) in which record {@code n} has
 * {@code _id = n} and {@code hash = SHA-256(hash of record n-1 + canonical record n)}, so changing, removing or
 * reordering any record breaks the chain from that record on.
 *
 * <p>Appending never forks the chain, however many threads and instances append: a record is inserted with
 * the next sequence as its {@code _id}, which MongoDB keeps unique, so of two appenders that read the same head
 * only one succeeds and the other reads the new head and tries again. A unique index on {@code entryId} makes
 * chaining an entry twice (a retry after a crash, a stale write-back) a no-op. Nothing here updates or deletes
 * a record.
 */
public class AuditChain {

    public static final String COLLECTION = "audit_trail";
    /** The "previous hash" of the first record. */
    static final String GENESIS = "0".repeat(64);
    private static final int MAX_ATTEMPTS = 10_000;

    private final MongoTemplate mongo;
    private final Counter appended;
    private final Counter conflicts;
    private final AtomicLong length = new AtomicLong();
    private volatile boolean indexed;
    private Head head;

    private record Head(long sequence, String hash) {
    }

    public AuditChain(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.appended = Counter.builder("waishi.audit.appended").description("Audit records added to the chain")
                .register(meters);
        this.conflicts = Counter.builder("waishi.audit.append.conflicts")
                .description("Appends that lost the race for a sequence to another appender and retried")
                .register(meters);
    }

    /**
     * Adds the entry at the end of the chain and returns its sequence; an entry already in the chain is not added
     * again, and its sequence is returned.
     */
    public synchronized long append(Document entry) {
        ensureIndexes();
        String entryId = entry.getString("entryId");
        if (entryId == null || entryId.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs an entryId");
        }
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Head current = head != null ? head : readHead();
            long sequence = current.sequence() + 1;
            BsonDocument record = BsonDocuments.toBson(entry);
            record.remove("_id");
            record.remove("hash");
            record.remove("previousHash");
            BsonDocument chained = new BsonDocument("_id", new BsonInt64(sequence));
            chained.putAll(record);
            chained.append("previousHash", new BsonString(current.hash()));
            String hash = hashOf(chained);
            chained.append("hash", new BsonString(hash));
            try {
                mongo.insert(BsonDocuments.toDocument(chained), COLLECTION);
                head = new Head(sequence, hash);
                length.accumulateAndGet(sequence, Math::max);
                appended.increment();
                return sequence;
            } catch (DuplicateKeyException taken) {
                Document existing = mongo.findOne(Query.query(Criteria.where("entryId").is(entryId)), Document.class,
                        COLLECTION);
                if (existing != null) {
                    return ((Number) existing.get("_id")).longValue();
                }
                conflicts.increment();
                head = readHead();
            }
        }
        throw new IllegalStateException("Could not append to the audit trail after " + MAX_ATTEMPTS + " attempts");
    }

    /** {@code hash = SHA-256(previousHash + canonical record without its hash)}, hex. */
    static String hashOf(BsonDocument record) {
        BsonDocument withoutHash = record.clone();
        withoutHash.remove("hash");
        String previous = withoutHash.getString("previousHash").getValue();
        return BsonDocuments.sha256Hex(previous + BsonDocuments.canonical(withoutHash));
    }

    private Head readHead() {
        Query last = new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1);
        Document document = mongo.findOne(last, Document.class, COLLECTION);
        Head found = document == null ? new Head(0, GENESIS)
                : new Head(((Number) document.get("_id")).longValue(), document.getString("hash"));
        length.set(found.sequence());
        return found;
    }

    /** The sequence of the last record, as last seen; read again by {@link #refreshLength()}. */
    public long length() {
        return length.get();
    }

    public long refreshLength() {
        Query last = new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1);
        last.fields().include("_id");
        Document document = mongo.findOne(last, Document.class, COLLECTION);
        long sequence = document == null ? 0 : ((Number) document.get("_id")).longValue();
        length.set(sequence);
        return sequence;
    }

    private void ensureIndexes() {
        if (indexed) {
            return;
        }
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("entryId", Sort.Direction.ASC).unique().named("entryId_unique"));
        indexes.createIndex(new Index().on("objectId", Sort.Direction.ASC).named("objectId"));
        indexes.createIndex(new Index().on("actor.userId", Sort.Direction.ASC).named("actor_userId"));
        indexes.createIndex(new Index().on("at", Sort.Direction.ASC).named("at"));
        indexed = true;
    }

    /** Filters of a query of the trail; null means any. */
    public record Filter(String objectId, String objectType, String user, Instant from, Instant to) {
    }

    /** Records matching the filter, newest first. */
    public List<AuditRecord> find(Filter filter, int page, int size) {
        Query query = query(filter).with(Sort.by(Sort.Direction.DESC, "_id")).skip((long) page * size).limit(size);
        return mongo.find(query, Document.class, COLLECTION).stream().map(AuditRecord::of).toList();
    }

    public long count(Filter filter) {
        return mongo.count(query(filter), COLLECTION);
    }

    private static Query query(Filter filter) {
        List<Criteria> criteria = new ArrayList<>();
        if (filter.objectId() != null) {
            criteria.add(Criteria.where("objectId").is(filter.objectId()));
        }
        if (filter.objectType() != null) {
            criteria.add(new Criteria().orOperator(Criteria.where("objectType").is(filter.objectType()),
                    Criteria.where("aggregateType").is(filter.objectType())));
        }
        if (filter.user() != null) {
            criteria.add(Criteria.where("actor.userId").is(filter.user()));
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria at = Criteria.where("at");
            if (filter.from() != null) {
                at = at.gte(Date.from(filter.from()));
            }
            if (filter.to() != null) {
                at = at.lt(Date.from(filter.to()));
            }
            criteria.add(at);
        }
        return criteria.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(criteria));
    }

    /**
     * Whether the chain is intact: every sequence from 1 present once and in order, every record following the
     * one before it, and every record hashing to the hash it carries.
     *
     * @param intact              no record was changed, removed, inserted or reordered
     * @param recordsChecked      how many records were checked, up to the first broken one
     * @param lastSequence        the sequence of the last record found
     * @param headHash            the hash of the last record: note it outside the service to detect a cut-off tail later
     * @param firstBrokenSequence where the chain first breaks, or null
     * @param problem             what is wrong there, or null
     */
    public record Verification(boolean intact, long recordsChecked, long lastSequence, String headHash,
            Long firstBrokenSequence, String problem) {
    }

    public Verification verify() {
        Query all = new Query().with(Sort.by(Sort.Direction.ASC, "_id"));
        long expected = 1;
        long checked = 0;
        String previousHash = GENESIS;
        try (Stream<Document> records = mongo.stream(all, Document.class, COLLECTION)) {
            var iterator = records.iterator();
            while (iterator.hasNext()) {
                Document document = iterator.next();
                Object id = document.get("_id");
                if (!(id instanceof Long || id instanceof Integer)) {
                    return broken(checked, expected, "a record with the id " + id + " that is not a sequence number");
                }
                long sequence = ((Number) id).longValue();
                if (sequence != expected) {
                    return broken(checked, expected, sequence > expected ? "missing" : "out of order");
                }
                BsonDocument record = BsonDocuments.toBson(document);
                if (!record.isString("previousHash") || !record.getString("previousHash").getValue().equals(previousHash)) {
                    return broken(checked, sequence, "does not follow record " + (sequence - 1));
                }
                if (!record.isString("hash") || !record.getString("hash").getValue().equals(hashOf(record))) {
                    return broken(checked, sequence, "its content does not match its hash");
                }
                previousHash = record.getString("hash").getValue();
                checked++;
                expected++;
            }
        }
        return new Verification(true, checked, expected - 1, expected == 1 ? null : previousHash, null, null);
    }

    private Verification broken(long checked, long sequence, String problem) {
        return new Verification(false, checked, refreshLength(), null, sequence, problem);
    }
}
