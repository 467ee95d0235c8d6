package io.waishi.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.gateway.security.LoginProperties;
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

    @Test
    void bindsTheDocumentedSignInVariables() {
        LoginProperties login = binder(Map.of(
                "WAISHI_GATEWAY_LOGIN_CLIENT_ID", "waishi-console",
                "WAISHI_GATEWAY_LOGIN_CLIENT_SECRET", "s3cret",
                "WAISHI_GATEWAY_LOGIN_ISSUER_URI", "https://idp.example/realms/waishi",
                "WAISHI_GATEWAY_LOGIN_AUTHORIZATION_URI", "https://idp.example/auth",
                "WAISHI_GATEWAY_LOGIN_TOKEN_URI", "https://idp.example/token",
                "WAISHI_GATEWAY_LOGIN_JWK_SET_URI", "https://idp.example/certs",
                "WAISHI_GATEWAY_LOGIN_END_SESSION_URI", "https://idp.example/logout",
                "WAISHI_GATEWAY_LOGIN_REFRESH_BEFORE", "30s",
                "WAISHI_GATEWAY_LOGIN_COOKIE_SECURE", "false",
                "WAISHI_GATEWAY_LOGIN_COOKIE_SAME_SITE", "Strict"))
                .bindOrCreate("waishi.gateway.login", LoginProperties.class);

        assertThat(login.enabled()).isTrue();
        assertThat(login.explicitEndpoints()).isTrue();
        assertThat(login.clientSecret()).isEqualTo("s3cret");
        assertThat(login.issuerUri()).isEqualTo(URI.create("https://idp.example/realms/waishi"));
        assertThat(login.endSessionUri()).isEqualTo(URI.create("https://idp.example/logout"));
        assertThat(login.refreshBefore()).isEqualTo(Duration.ofSeconds(30));
        assertThat(login.cookie().secure()).isFalse();
        assertThat(login.cookie().sameSite()).isEqualTo("Strict");
    }

    @Test
    void signInIsOffWithoutAClientIdAndSecureWhenOn() {
        LoginProperties off = binder(Map.of()).bindOrCreate("waishi.gateway.login", LoginProperties.class);
        LoginProperties blank = binder(Map.of("WAISHI_GATEWAY_LOGIN_CLIENT_ID", ""))
                .bindOrCreate("waishi.gateway.login", LoginProperties.class);

        assertThat(off.enabled()).isFalse();
        assertThat(blank.enabled()).isFalse();
        assertThat(off.scopes()).containsExactly("openid", "profile");
        assertThat(off.cookie().name()).isEqualTo("WAISHI_SESSION");
        assertThat(off.cookie().secure()).isTrue();
        assertThat(off.cookie().sameSite()).isEqualTo("Lax");
        assertThat(off.refreshBefore()).isEqualTo(Duration.ofSeconds(60));
        assertThat(off.postLogoutRedirectUri()).isEqualTo("{baseUrl}/");
    }

    private static GatewayProperties bind(Map<String, Object> environment) {
        return binder(environment).bindOrCreate("waishi.gateway", GatewayProperties.class);
    }

    private static Binder binder(Map<String, Object> environment) {
        SystemEnvironmentPropertySource source = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment);
        return new Binder(ConfigurationPropertySources.from(source));
    }
}
