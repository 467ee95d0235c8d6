package io.waishi.platform.idempotency;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Deletes expired idempotency keys at start-up and then every {@code waishi.http.idempotency.cleanup-interval}.
 * It does not rely on a TTL index, which not every MongoDB-compatible server honours; until it runs, an expired
 * key is already treated as new.
 */
public class IdempotencyKeySweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeySweep.class);

    private final IdempotencyStore store;
    private final IdempotencyProperties properties;
    private final Clock clock;
    private ScheduledExecutorService scheduler;
    private volatile boolean indexed;

    public IdempotencyKeySweep(IdempotencyStore store, IdempotencyProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
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
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("idempotency-sweep-"));
        scheduler.scheduleWithFixedDelay(this::sweepSafely, 0, properties.cleanupInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void sweepSafely() {
        try {
            if (!indexed) {
                store.createIndexes();
                indexed = true;
            }
            sweep();
        } catch (RuntimeException e) {
            log.warn("Idempotency key cleanup failed; next attempt in {}: {}", properties.cleanupInterval(),
                    e.toString());
        }
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null && !scheduler.isShutdown();
    }
}
