package io.waishi.gateway.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.ConsumptionProbe;
import io.waishi.gateway.GatewayProperties;
import reactor.core.publisher.Mono;

/**
 * Where the token buckets live: {@link InMemoryRateLimitStore} (per gateway instance) or
 * {@link RedisRateLimitStore} (shared by every instance). The filter does not know which one it uses.
 */
public interface RateLimitStore extends AutoCloseable {

    /**
     * Takes one token from the bucket {@code key} ({@code user:<sub>} or {@code ip:<address>}), creating
     * the bucket full with {@code limit} when it does not exist. Never blocks; the Mono fails when the
     * store cannot answer (the caller then applies the fail-open / fail-closed policy).
     */
    Mono<ConsumptionProbe> tryConsume(String key, GatewayProperties.RateLimit.Limit limit);

    /** Releases connections; nothing to do for the in-memory store. */
    @Override
    default void close() {
    }

    /** The one bandwidth both stores build their buckets from, so they behave the same. */
    static Bandwidth bandwidth(GatewayProperties.RateLimit.Limit limit) {
        return Bandwidth.builder()
                .capacity(limit.getCapacity())
                .refillGreedy(limit.getRefillTokens(), limit.getRefillPeriod())
                .build();
    }
}
