package io.waishi.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Everything under {@code waishi.gateway.*}. Defaults here match the ones documented in README.md. */
@ConfigurationProperties("waishi.gateway")
public class GatewayProperties {

    private final Services services = new Services();
    private final Timeouts timeouts = new Timeouts();
    private final Retry retry = new Retry();
    private final RateLimit rateLimit = new RateLimit();
    private final Cors cors = new Cors();
    /** Largest request body accepted; larger bodies get 413 before reaching a service. */
    private DataSize maxBodySize = DataSize.ofMegabytes(1);

    public Services getServices() {
        return services;
    }

    public Timeouts getTimeouts() {
        return timeouts;
    }

    public Retry getRetry() {
        return retry;
    }

    public RateLimit getRateLimit() {
        return rateLimit;
    }

    public Cors getCors() {
        return cors;
    }

    public DataSize getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(DataSize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    /** Base URLs of the four services and the sign-in provider; each serves its API under the prefix the gateway exposes. */
    public static class Services {
        private URI sisterCity = URI.create("http://localhost:8081");
        private URI travel = URI.create("http://localhost:8082");
        private URI reception = URI.create("http://localhost:8083");
        private URI publicity = URI.create("http://localhost:8084");
        /** The sign-in provider (identity-service), whose user administration the console reaches here. */
        private URI identity = URI.create("http://localhost:9000");

        public URI getSisterCity() {
            return sisterCity;
        }

        public void setSisterCity(URI sisterCity) {
            this.sisterCity = sisterCity;
        }

        public URI getTravel() {
            return travel;
        }

        public void setTravel(URI travel) {
            this.travel = travel;
        }

        public URI getReception() {
            return reception;
        }

        public void setReception(URI reception) {
            this.reception = reception;
        }

        public URI getPublicity() {
            return publicity;
        }

        public void setPublicity(URI publicity) {
            this.publicity = publicity;
        }

        public URI getIdentity() {
            return identity;
        }

        public void setIdentity(URI identity) {
            this.identity = identity;
        }
    }

    /** Default timeouts for every route, and optional overrides per service (key: sister-city, travel, ...). */
    public static class Timeouts {
        private Duration connect = Duration.ofSeconds(2);
        private Duration response = Duration.ofSeconds(5);
        private final Map<String, Override> services = new LinkedHashMap<>();

        public Duration getConnect() {
            return connect;
        }

        public void setConnect(Duration connect) {
            this.connect = connect;
        }

        public Duration getResponse() {
            return response;
        }

        public void setResponse(Duration response) {
            this.response = response;
        }

        public Map<String, Override> getServices() {
            return services;
        }

        public Duration connectFor(String service) {
            Override override = services.get(service);
            return override != null && override.getConnect() != null ? override.getConnect() : connect;
        }

        public Duration responseFor(String service) {
            Override override = services.get(service);
            return override != null && override.getResponse() != null ? override.getResponse() : response;
        }

        public static class Override {
            private Duration connect;
            private Duration response;

            public Duration getConnect() {
                return connect;
            }

            public void setConnect(Duration connect) {
                this.connect = connect;
            }

            public Duration getResponse() {
                return response;
            }

            public void setResponse(Duration response) {
                this.response = response;
            }
        }
    }

    /** Retries of idempotent GETs on 502/503 and on connection failures. */
    public static class Retry {
        private int retries = 2;
        private Duration firstBackoff = Duration.ofMillis(50);
        private Duration maxBackoff = Duration.ofMillis(500);

        public int getRetries() {
            return retries;
        }

        public void setRetries(int retries) {
            this.retries = retries;
        }

        public Duration getFirstBackoff() {
            return firstBackoff;
        }

        public void setFirstBackoff(Duration firstBackoff) {
            this.firstBackoff = firstBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }
    }

    /**
     * Token buckets: one per user ({@code sub}) and one per client IP for anonymous calls; in memory,
     * or in Redis (shared by every gateway instance) when {@link #redisUrl} is set.
     */
    public static class RateLimit {
        private boolean enabled = true;
        private final Limit authenticated = new Limit(2000, 2000, Duration.ofSeconds(1));
        private final Limit anonymous = new Limit(50, 50, Duration.ofSeconds(1));
        /** Upper bound of buckets kept in memory (least recently used are dropped first). In-memory store only. */
        private long maxClients = 100_000;
        /** A bucket unused this long is forgotten (never before it would have refilled completely). In-memory store only. */
        private Duration idleTimeout = Duration.ofMinutes(10);
        /**
         * Redis holding the buckets, e.g. {@code redis://host:6379} ({@code rediss://} for TLS,
         * {@code redis://:password@host:6379/0}); unset or blank keeps the buckets in memory.
         */
        private String redisUrl;
        /** Longest a rate-limit check in Redis may take; beyond it the check counts as failed. */
        private Duration redisTimeout = Duration.ofMillis(500);
        /** Prefix of the Redis keys ({@code <prefix>user:<sub>}, {@code <prefix>ip:<address>}). */
        private String redisKeyPrefix = "waishi:rate-limit:";
        /**
         * When the store cannot answer (Redis down or too slow): {@code true} lets the request through
         * unlimited (logged and counted), {@code false} refuses it with 503.
         */
        private boolean failOpen = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Limit getAuthenticated() {
            return authenticated;
        }

        public Limit getAnonymous() {
            return anonymous;
        }

        public long getMaxClients() {
            return maxClients;
        }

        public void setMaxClients(long maxClients) {
            this.maxClients = maxClients;
        }

        public Duration getIdleTimeout() {
            return idleTimeout;
        }

        public void setIdleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
        }

        public String getRedisUrl() {
            return redisUrl;
        }

        public void setRedisUrl(String redisUrl) {
            this.redisUrl = redisUrl;
        }

        public Duration getRedisTimeout() {
            return redisTimeout;
        }

        public void setRedisTimeout(Duration redisTimeout) {
            this.redisTimeout = redisTimeout;
        }

        public String getRedisKeyPrefix() {
            return redisKeyPrefix;
        }

        public void setRedisKeyPrefix(String redisKeyPrefix) {
            this.redisKeyPrefix = redisKeyPrefix;
        }

        public boolean isFailOpen() {
            return failOpen;
        }

        public void setFailOpen(boolean failOpen) {
            this.failOpen = failOpen;
        }

        /** A bucket of {@code capacity} tokens refilled with {@code refillTokens} every {@code refillPeriod}. */
        public static class Limit {
            private long capacity;
            private long refillTokens;
            private Duration refillPeriod;

            Limit(long capacity, long refillTokens, Duration refillPeriod) {
                this.capacity = capacity;
                this.refillTokens = refillTokens;
                this.refillPeriod = refillPeriod;
            }

            public long getCapacity() {
                return capacity;
            }

            public void setCapacity(long capacity) {
                this.capacity = capacity;
            }

            public long getRefillTokens() {
                return refillTokens;
            }

            public void setRefillTokens(long refillTokens) {
                this.refillTokens = refillTokens;
            }

            public Duration getRefillPeriod() {
                return refillPeriod;
            }

            public void setRefillPeriod(Duration refillPeriod) {
                this.refillPeriod = refillPeriod;
            }

            /** Time an empty bucket needs to become full again. */
            public Duration timeToFill() {
                long periods = (capacity + refillTokens - 1) / Math.max(1, refillTokens);
                return refillPeriod.multipliedBy(Math.max(1, periods));
            }
        }
    }

    /** Browser origins allowed to call the gateway cross-origin; empty means none. */
    public static class Cors {
        private List<String> allowedOrigins = new ArrayList<>();
        private Duration maxAge = Duration.ofHours(1);

        public List<String> getAllowedOrigins() {
            return allowedOrigins;
        }

        public void setAllowedOrigins(List<String> allowedOrigins) {
            this.allowedOrigins = allowedOrigins;
        }

        public Duration getMaxAge() {
            return maxAge;
        }

        public void setMaxAge(Duration maxAge) {
            this.maxAge = maxAge;
        }
    }
}
