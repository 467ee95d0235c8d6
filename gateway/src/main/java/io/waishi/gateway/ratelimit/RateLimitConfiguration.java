package io.waishi.gateway.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.waishi.gateway.GatewayProperties;
import io.waishi.gateway.problem.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The rate limit, unless {@code waishi.gateway.rate-limit.enabled=false}: buckets in Redis when
 * {@code waishi.gateway.rate-limit.redis-url} is set, in memory otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "waishi.gateway.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
class RateLimitConfiguration {

    /** Closed with the context (AutoCloseable): the Redis store's connection and threads go with it. */
    @Bean
    RateLimitStore rateLimitStore(GatewayProperties gatewayProperties) {
        GatewayProperties.RateLimit properties = gatewayProperties.getRateLimit();
        return StringUtils.hasText(properties.getRedisUrl())
                ? new RedisRateLimitStore(properties)
                : new InMemoryRateLimitStore(properties);
    }

    @Bean
    RateLimitFilter rateLimitFilter(GatewayProperties gatewayProperties, RateLimitStore store, Problems problems,
            ObjectProvider<MeterRegistry> meters) {
        return new RateLimitFilter(gatewayProperties.getRateLimit(), store, problems,
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
