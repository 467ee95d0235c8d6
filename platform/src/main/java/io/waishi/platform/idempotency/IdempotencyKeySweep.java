package io.waishi.platform.idempotency;

import io.waishi.platform.scheduling.PeriodicTask;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired idempotency keys at start-up and then every {@code waishi.http.idempotency.cleanup-interval}.
 * It does not rely on a TTL index, which not every MongoDB-compatible server honours; until it runs, an expired
 * key is already treated as new.
 */
public class IdempotencyKeySweep extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeySweep.class);

    private final IdempotencyStore store;
    private final Clock clock;
    private volatile boolean indexed;

    public IdempotencyKeySweep(IdempotencyStore store, IdempotencyProperties properties, Clock clock) {
        super("idempotency-key-cleanup", properties.cleanupInterval());
        this.store = store;
        this.clock = clock;
    }

    /** One pass; returns how many keys were deleted. */
    public long sweep() {
        long removed = store.removeExpired(clock.instant());
        if (removed > 0) {
            log.debug("Deleted {} expired idempotency key(s)", removed);
        }
        return removed;
    }

    @Override
    protected void runOnce() {
        if (!indexed) {
            store.createIndexes();
            indexed = true;
        }
        sweep();
    }
}
