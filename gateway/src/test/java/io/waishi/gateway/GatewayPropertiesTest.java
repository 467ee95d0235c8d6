package io.waishi.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

/** The environment variable names the README documents really bind. */
class GatewayPropertiesTest {

    @Test
    void bindsDocumentedEnvironmentVariables() {
        GatewayProperties properties = bind(Map.of(
                "WAISHI_GATEWAY_SERVICES_TRAVEL", "http://travel:8080",
                "WAISHI_GATEWAY_RATE_LIMIT_AUTHENTICATED_CAPACITY", "5000",
                "WAISHI_GATEWAY_RATE_LIMIT_ENABLED", "false",
                "WAISHI_GATEWAY_MAX_BODY_SIZE", "2MB",
                "WAISHI_GATEWAY_TIMEOUTS_RESPONSE", "7s",
                "WAISHI_GATEWAY_CORS_ALLOWED_ORIGINS", "https://a.example,https://b.example",
                "WAISHI_GATEWAY_RATE_LIMIT_REDIS_URL", "redis://redis:6379",
                "WAISHI_GATEWAY_RATE_LIMIT_REDIS_TIMEOUT", "200ms",
                "WAISHI_GATEWAY_RATE_LIMIT_FAIL_OPEN", "false"));

        assertThat(properties.getServices().getTravel()).isEqualTo(URI.create("http://travel:8080"));
        assertThat(properties.getRateLimit().getAuthenticated().getCapacity()).isEqualTo(5000);
        assertThat(properties.getRateLimit().isEnabled()).isFalse();
        assertThat(properties.getMaxBodySize()).isEqualTo(DataSize.ofMegabytes(2));
        assertThat(properties.getTimeouts().getResponse()).isEqualTo(Duration.ofSeconds(7));
        assertThat(properties.getCors().getAllowedOrigins()).containsExactly("https://a.example", "https://b.example");
        assertThat(properties.getRateLimit().getRedisUrl()).isEqualTo("redis://redis:6379");
        assertThat(properties.getRateLimit().getRedisTimeout()).isEqualTo(Duration.ofMillis(200));
        assertThat(properties.getRateLimit().isFailOpen()).isFalse();
    }

    @Test
    void defaultsAreGenerousForOneBusyUserAndStrictForAnonymousCallers() {
        GatewayProperties properties = bind(Map.of());

        assertThat(properties.getRateLimit().getAuthenticated().getCapacity()).isEqualTo(2000);
        assertThat(properties.getRateLimit().getAuthenticated().getRefillPeriod()).isEqualTo(Duration.ofSeconds(1));
        assertThat(properties.getRateLimit().getAnonymous().getCapacity()).isEqualTo(50);
        assertThat(properties.getMaxBodySize()).isEqualTo(DataSize.ofMegabytes(1));
        assertThat(properties.getTimeouts().responseFor("travel")).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.getCors().getAllowedOrigins()).isEmpty();
        // In memory, failing open, unless configured otherwise.
        assertThat(properties.getRateLimit().getRedisUrl()).isNull();
        assertThat(properties.getRateLimit().getRedisTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(properties.getRateLimit().getRedisKeyPrefix()).isEqualTo("waishi:rate-limit:");
        assertThat(properties.getRateLimit().isFailOpen()).isTrue();
    }

    private static GatewayProperties bind(Map<String, Object> environment) {
        SystemEnvironmentPropertySource source = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment);
        return new Binder(ConfigurationPropertySources.from(source))
                .bindOrCreate("waishi.gateway", GatewayProperties.class);
    }
}
