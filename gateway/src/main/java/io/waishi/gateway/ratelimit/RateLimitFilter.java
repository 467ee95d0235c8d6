package io.waishi.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.waishi.gateway.GatewayProperties;
import io.waishi.gateway.problem.Problems;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Token-bucket rate limit for every routed request, in memory: one bucket per authenticated user
 * (the token's {@code sub}) and one per client IP for anonymous calls ({@code /public/**}, docs).
 * An exhausted bucket answers 429 with {@code Retry-After} (whole seconds until a token is back).
 *
 * <p>A GlobalFilter, so it runs after the security chain (the user is known, bad tokens already got
 * 401) and before the circuit breaker and retry (a refused call never touches a service). Limits
 * are per gateway instance; with several instances, divide them or use a shared store.
 */
@Component
@ConditionalOnProperty(name = "waishi.gateway.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
class RateLimitFilter implements GlobalFilter, Ordered {

    private final GatewayProperties.RateLimit properties;
    private final Problems problems;
    private final Cache<String, Bucket> buckets;

    RateLimitFilter(GatewayProperties gatewayProperties, Problems problems) {
        this.properties = gatewayProperties.getRateLimit();
        this.problems = problems;
        Duration longestRefill = max(properties.getAuthenticated().timeToFill(), properties.getAnonymous().timeToFill());
        this.buckets = Caffeine.newBuilder()
                .maximumSize(properties.getMaxClients())
                // Forgetting a bucket before it would have refilled would hand out free tokens.
                .expireAfterAccess(max(properties.getIdleTimeout(), longestRefill))
                .build();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(AbstractOAuth2TokenAuthenticationToken.class::isInstance)
                .map(principal -> "user:" + principal.getName())
                .defaultIfEmpty("")
                .flatMap(key -> {
                    boolean user = !key.isEmpty();
                    String bucketKey = user ? key : "ip:" + clientIp(exchange);
                    GatewayProperties.RateLimit.Limit limit = user ? properties.getAuthenticated() : properties.getAnonymous();
                    ConsumptionProbe probe = buckets.get(bucketKey, k -> newBucket(limit)).tryConsumeAndReturnRemaining(1);
                    if (probe.isConsumed()) {
                        return chain.filter(exchange);
                    }
                    long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
                    return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                            "Too many requests; retry after " + retryAfter + " s.", Map.of("retryAfterSeconds", retryAfter));
                });
    }

    private static Bucket newBucket(GatewayProperties.RateLimit.Limit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.getCapacity())
                        .refillGreedy(limit.getRefillTokens(), limit.getRefillPeriod())
                        .build())
                .build();
    }

    /**
     * The peer address. Behind a trusted proxy, set {@code server.forward-headers-strategy=framework}
     * so this becomes the X-Forwarded-For client; never trust that header blindly here, or anyone
     * could pick a fresh IP per request.
     */
    private static String clientIp(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Before the route filters (circuit breaker, retry) and the proxy call. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
