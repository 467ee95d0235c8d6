package io.waishi.gateway.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.waishi.gateway.GatewayProperties;
import io.waishi.gateway.problem.Problems;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Token-bucket rate limit for every routed request: one bucket per authenticated user (the token's
 * {@code sub}, the same bucket whether the user calls with a bearer token or a browser session) and one per client IP for anonymous calls ({@code /public/**}, docs), kept in a
 * {@link RateLimitStore} (in memory, or Redis shared by all instances). An exhausted bucket answers
 * 429 with {@code Retry-After} (whole seconds until a token is back).
 *
 * <p>When the store cannot answer (Redis down or slower than {@code redis-timeout}) the request goes
 * through unlimited ({@code fail-open=true}, the default: a Redis outage must not become a gateway
 * outage) or is refused with 503 ({@code fail-open=false}). Either way it is counted in
 * {@code waishi.gateway.ratelimit.store.failures} (tag {@code decision}: {@code allowed} /
 * {@code refused}); the first failure logs a warning, the first answer after failures logs recovery.
 *
 * <p>A GlobalFilter, so it runs after the security chain (the user is known, bad tokens already got
 * 401) and before the circuit breaker and retry (a refused call never touches a service).
 */
class RateLimitFilter implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    static final String FAILURES_METRIC = "waishi.gateway.ratelimit.store.failures";

    private final GatewayProperties.RateLimit properties;
    private final RateLimitStore store;
    private final Problems problems;
    private final Counter failuresAllowed;
    private final Counter failuresRefused;
    private final AtomicBoolean storeFailing = new AtomicBoolean();
    private final AtomicLong failuresInARow = new AtomicLong();

    RateLimitFilter(GatewayProperties.RateLimit properties, RateLimitStore store, Problems problems, MeterRegistry meters) {
        this.properties = properties;
        this.store = store;
        this.problems = problems;
        this.failuresAllowed = failures(meters, "allowed");
        this.failuresRefused = failures(meters, "refused");
    }

    private static Counter failures(MeterRegistry meters, String decision) {
        return Counter.builder(FAILURES_METRIC)
                .description("Rate-limit checks the store could not answer, by what happened to the request")
                .tag("decision", decision)
                .register(meters);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(principal -> principal instanceof AbstractOAuth2TokenAuthenticationToken
                        || principal instanceof OAuth2AuthenticationToken)
                .map(principal -> "user:" + principal.getName())
                .defaultIfEmpty("")
                .flatMap(key -> {
                    boolean user = !key.isEmpty();
                    String bucketKey = user ? key : "ip:" + clientIp(exchange);
                    GatewayProperties.RateLimit.Limit limit = user ? properties.getAuthenticated() : properties.getAnonymous();
                    return Mono.defer(() -> store.tryConsume(bucketKey, limit))
                            .doOnNext(probe -> storeAnswered())
                            .map(Optional::of)
                            // Only the store's failure: errors further down the chain are not caught here.
                            .onErrorResume(error -> {
                                storeFailed(bucketKey, error);
                                return Mono.just(Optional.empty());
                            })
                            .flatMap(probe -> probe.isPresent()
                                    ? decide(exchange, chain, probe.get())
                                    : whenStoreFailed(exchange, chain));
                });
    }

    private Mono<Void> decide(ServerWebExchange exchange, GatewayFilterChain chain, ConsumptionProbe probe) {
        if (probe.isConsumed()) {
            return chain.filter(exchange);
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "Too many requests; retry after " + retryAfter + " s.", Map.of("retryAfterSeconds", retryAfter));
    }

    private Mono<Void> whenStoreFailed(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (properties.isFailOpen()) {
            failuresAllowed.increment();
            return chain.filter(exchange);
        }
        failuresRefused.increment();
        return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "Rate limiting is unavailable; try again later.");
    }

    private void storeFailed(String bucketKey, Throwable error) {
        failuresInARow.incrementAndGet();
        if (storeFailing.compareAndSet(false, true)) {
            log.warn("Rate-limit store cannot answer ({}); requests {} until it does", error.toString(),
                    properties.isFailOpen() ? "pass without limit" : "are refused with 503");
        } else {
            log.debug("Rate-limit check for {} failed: {}", bucketKey, error.toString());
        }
    }

    private void storeAnswered() {
        if (storeFailing.get() && storeFailing.compareAndSet(true, false)) {
            log.info("Rate-limit store answers again after {} failed checks", failuresInARow.getAndSet(0));
        }
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

    /** Before the route filters (circuit breaker, retry) and the proxy call. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
