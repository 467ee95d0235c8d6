package io.waishi.platform.idempotency;

import io.waishi.platform.idempotency.IdempotencyRecord.State;
import io.waishi.platform.idempotency.IdempotencyRecord.StoredResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The keys this service has seen, in its own database. Holding a key is inserting its record: the unique
 * {@code _id} decides every race without transactions. An expired record, or one left in progress past the
 * lease, is deleted (only if it is still the one that was read) and the insert tried again.
 */
public class IdempotencyStore {

    public static final String COLLECTION = "idempotency_keys";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyStore.class);
    private static final int CLAIM_ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final IdempotencyProperties properties;
    private final Clock clock;

    public IdempotencyStore(MongoTemplate mongo, IdempotencyProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** The outcome of presenting a key with a request. */
    public sealed interface Claim permits Acquired, Replay, Mismatch, InProgress {
    }

    /** The key is this request's: run it, then {@link #complete} or {@link #release}. */
    public record Acquired(Attempt attempt) implements Claim {
    }

    /** The key was used for this same request, which has been answered: give the same answer. */
    public record Replay(StoredResponse response) implements Claim {
    }

    /** The key was used for a different request. */
    public record Mismatch() implements Claim {
    }

    /** The first request with the key is still running. */
    public record InProgress() implements Claim {
    }

    /** One request holding a key. */
    public record Attempt(String id, String owner) {
    }

    public Claim claim(String id, String fingerprint, String method, String path) {
        for (int i = 0; i < CLAIM_ATTEMPTS; i++) {
            Instant now = clock.instant();
            IdempotencyRecord fresh = new IdempotencyRecord(id, UUID.randomUUID().toString(), method, path,
                    fingerprint, State.IN_PROGRESS, null, now, now.plus(properties.retention()), null);
            try {
                mongo.insert(fresh, COLLECTION);
                return new Acquired(new Attempt(id, fresh.owner()));
            } catch (DuplicateKeyException taken) {
                // Seen before: decide below from the record that holds it.
            }
            IdempotencyRecord existing = find(id);
            if (existing == null) {
                continue; // released or cleaned up since the insert failed
            }
            if (existing.expiredAt(now)) {
                discard(existing);
                continue;
            }
            if (!existing.fingerprint().equals(fingerprint)) {
                return new Mismatch();
            }
            if (existing.state() == State.COMPLETED && existing.response() != null) {
                return new Replay(existing.response());
            }
            if (existing.abandonedAt(now, properties.lease())) {
                log.warn("Taking over idempotency key of {} {} left in progress since {}", existing.method(),
                        existing.path(), existing.createdAt());
                discard(existing);
                continue;
            }
            return new InProgress();
        }
        return new InProgress();
    }

    /** Stores the answer; false when the attempt no longer holds the key (it was taken over meanwhile). */
    public boolean complete(Attempt attempt, StoredResponse response) {
        Query held = Query.query(Criteria.where("_id").is(attempt.id()).and("owner").is(attempt.owner())
                .and("state").is(State.IN_PROGRESS));
        Update update = new Update().set("state", State.COMPLETED).set("response", response)
                .set("completedAt", clock.instant());
        return mongo.updateFirst(held, update, IdempotencyRecord.class, COLLECTION).getMatchedCount() == 1;
    }

    /** Forgets the key, so that the client may try the request again. */
    public void release(Attempt attempt) {
        mongo.remove(Query.query(Criteria.where("_id").is(attempt.id()).and("owner").is(attempt.owner())),
                IdempotencyRecord.class, COLLECTION);
    }

    public IdempotencyRecord find(String id) {
        return mongo.findById(id, IdempotencyRecord.class, COLLECTION);
    }

    /** Deletes the records that expired before {@code now}; returns how many. */
    public long removeExpired(Instant now) {
        return mongo.remove(Query.query(Criteria.where("expiresAt").lt(now)), IdempotencyRecord.class, COLLECTION)
                .getDeletedCount();
    }

    /** An index on {@code expiresAt} for the cleanup (a plain one: expiry does not depend on a TTL monitor). */
    public void createIndexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index("expiresAt", Sort.Direction.ASC).named("expiresAt"));
    }

    private void discard(IdempotencyRecord existing) {
        mongo.remove(Query.query(Criteria.where("_id").is(existing.id()).and("owner").is(existing.owner())),
                IdempotencyRecord.class, COLLECTION);
    }
}
