package io.waishi.platform.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How {@code Idempotency-Key} on POST requests behaves.
 *
 * @param enabled         honour the header at all; when off, the header is ignored and requests behave as without it
 * @param retention       how long a key is remembered after its first use; a key older than this is new again
 * @param lease           how long a request in progress holds its key; a record still in progress after this was left
 *                        by a crash or a lost instance, and the next request with the key takes it over
 * @param cleanupInterval how often expired keys are deleted
 */
@ConfigurationProperties("waishi.http.idempotency")
public record IdempotencyProperties(
        Boolean enabled,
        Duration retention,
        Duration lease,
        Duration cleanupInterval) {

    public IdempotencyProperties {
        enabled = enabled == null || enabled;
        retention = retention == null ? Duration.ofHours(24) : retention;
        lease = lease == null ? Duration.ofMinutes(1) : lease;
        cleanupInterval = cleanupInterval == null ? Duration.ofMinutes(10) : cleanupInterval;
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("waishi.http.idempotency.retention must be positive");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("waishi.http.idempotency.lease must be positive");
        }
        if (cleanupInterval.isNegative() || cleanupInterval.isZero()) {
            throw new IllegalArgumentException("waishi.http.idempotency.cleanup-interval must be positive");
        }
    }
}
