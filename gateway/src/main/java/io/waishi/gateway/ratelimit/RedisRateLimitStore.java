package io.waishi.gateway.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.metrics.CommandLatencyRecorder;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.lettuce.core.resource.DefaultClientResources;
import io.waishi.gateway.GatewayProperties;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Buckets in Redis, shared by every gateway instance pointed at the same server: one user's (or one
 * client IP's) budget is the same whichever instance the request reaches. Bucket4j's Lettuce proxy
 * manager in asynchronous mode keeps each bucket's state under {@code <prefix>user:<sub>} /
 * {@code <prefix>ip:<address>} and updates it by compare-and-swap, so the Netty event loop never blocks.
 *
 * <p>Keys expire once their bucket would have refilled completely (plus {@link #KEEP_AFTER_REFILL}):
 * a bucket recreated full after that is indistinguishable, so idle clients leave nothing behind.
 *
 * <p>Failure handling: the gateway starts even when Redis is unreachable. The connection is made in
 * the background and retried at most once per {@link #RECONNECT_PAUSE} while it fails; once made,
 * Lettuce reconnects by itself. While disconnected, commands are rejected at once instead of being
 * queued, and every check is cut off after {@code redis-timeout}; the Mono then fails and the filter
 * applies the fail-open / fail-closed policy.
 */
public final class RedisRateLimitStore implements RateLimitStore {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimitStore.class);

    /** How long a fully refilled bucket stays in Redis; reusing it is cheaper than recreating it. */
    static final Duration KEEP_AFTER_REFILL = Duration.ofSeconds(10);
    /** Pause between attempts to open the first connection while Redis is unreachable. */
    static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);

    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final RedisURI uri;
    private final Duration timeout;
    private final String keyPrefix;
    private final ClientResources resources;
    private final RedisClient client;
    private final AtomicReference<CompletableFuture<Connected>> connection = new AtomicReference<>();
    private volatile long lastConnectFailure;
    private volatile boolean closed;

    public RedisRateLimitStore(GatewayProperties.RateLimit properties) {
        this.uri = RedisURI.create(properties.getRedisUrl().trim());
        this.timeout = properties.getRedisTimeout();
        this.keyPrefix = properties.getRedisKeyPrefix();
        this.uri.setTimeout(timeout);
        this.resources = DefaultClientResources.builder()
                // Back to a restarted Redis within seconds (Lettuce's default backs off up to 30 s).
                .reconnectDelay(Delay.exponential(Duration.ofMillis(10), Duration.ofSeconds(2), 2, TimeUnit.MILLISECONDS))
                .commandLatencyRecorder(CommandLatencyRecorder.disabled())
                .build();
        this.client = RedisClient.create(resources);
        this.client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                // Fail fast while disconnected; queued commands would only hit the timeout later.
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .socketOptions(SocketOptions.builder().connectTimeout(max(timeout, Duration.ofSeconds(2))).build())
                .build());
        log.info("Rate limits are shared through Redis at {}:{} (keys {}*, {} per check, fail {})",
                uri.getHost(), uri.getPort(), keyPrefix, timeout, properties.isFailOpen() ? "open" : "closed");
        connection();
    }

    @Override
    public Mono<ConsumptionProbe> tryConsume(String key, GatewayProperties.RateLimit.Limit limit) {
        // suppressCancel: a timed-out check must not cancel the connection attempt other checks share.
        return Mono.fromFuture(this::connection, true)
                .flatMap(connected -> Mono.fromFuture(() -> connected.buckets().builder()
                        .build(keyPrefix + key, () -> CompletableFuture.completedFuture(configuration(limit)))
                        .tryConsumeAndReturnRemaining(1)))
                // One deadline for the whole check: connecting, reading and compare-and-swap retries.
                .timeout(timeout);
    }

    private static BucketConfiguration configuration(GatewayProperties.RateLimit.Limit limit) {
        return BucketConfiguration.builder().addLimit(RateLimitStore.bandwidth(limit)).build();
    }

    /**
     * The connection, being made or made. A failed attempt is replaced by a new one on the next call,
     * but not sooner than {@link #RECONNECT_PAUSE} after the failure; until then calls fail at once.
     */
    private CompletableFuture<Connected> connection() {
        CompletableFuture<Connected> current = connection.get();
        if (current != null && !current.isCompletedExceptionally()) {
            return current;
        }
        if (closed) {
            return CompletableFuture.failedFuture(new RedisConnectionException("Rate-limit store is closed"));
        }
        if (current != null && System.nanoTime() - lastConnectFailure < RECONNECT_PAUSE.toNanos()) {
            return current;
        }
        CompletableFuture<Connected> attempt = new CompletableFuture<>();
        if (!connection.compareAndSet(current, attempt)) {
            return connection.get();
        }
        client.connectAsync(CODEC, uri).whenComplete((redis, failure) -> {
            if (failure != null) {
                lastConnectFailure = System.nanoTime();
                log.debug("Cannot connect to Redis at {}:{}: {}", uri.getHost(), uri.getPort(), failure.toString());
                attempt.completeExceptionally(failure);
            } else if (closed) {
                redis.closeAsync();
                attempt.completeExceptionally(new RedisConnectionException("Rate-limit store is closed"));
            } else {
                log.info("Connected to Redis at {}:{} for rate limits", uri.getHost(), uri.getPort());
                attempt.complete(new Connected(redis, Bucket4jLettuce.casBasedBuilder(redis)
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_REFILL))
                        .requestTimeout(timeout)
                        .build()
                        .asAsync()));
            }
        });
        return attempt;
    }

    @Override
    public void close() {
        closed = true;
        CompletableFuture<Connected> current = connection.get();
        if (current != null && current.isDone() && !current.isCompletedExceptionally()) {
            current.join().redis().close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private record Connected(StatefulRedisConnection<String, byte[]> redis, AsyncProxyManager<String> buckets) {
    }
}
