package io.waishi.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.waishi.gateway.GatewayProperties;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Buckets in a bounded Caffeine cache: limits apply per gateway instance. The default store, used
 * when no Redis URL is configured.
 */
public final class InMemoryRateLimitStore implements RateLimitStore {

    private final Cache<String, Bucket> buckets;

    public InMemoryRateLimitStore(GatewayProperties.RateLimit properties) {
        Duration longestRefill = max(properties.getAuthenticated().timeToFill(), properties.getAnonymous().timeToFill());
        this.buckets = Caffeine.newBuilder()
                .maximumSize(properties.getMaxClients())
                // Forgetting a bucket before it would have refilled would hand out free tokens.
                .expireAfterAccess(max(properties.getIdleTimeout(), longestRefill))
                .build();
    }

    @Override
    public Mono<ConsumptionProbe> tryConsume(String key, GatewayProperties.RateLimit.Limit limit) {
        return Mono.fromSupplier(() -> buckets
                .get(key, k -> Bucket.builder().addLimit(RateLimitStore.bandwidth(limit)).build())
                .tryConsumeAndReturnRemaining(1));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
