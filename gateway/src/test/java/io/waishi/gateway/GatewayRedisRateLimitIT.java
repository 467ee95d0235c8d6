package io.waishi.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.waishi.gateway.ratelimit.RateLimitStore;
import io.waishi.gateway.ratelimit.RedisRateLimitStore;
import io.waishi.platform.testing.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * Two gateway instances (A and B, two application contexts in this JVM) share their buckets through a
 * real {@code redis-server} started by the test: 3 calls per user and 2 per anonymous client IP, not
 * refilled during the test. Redis is emptied before each test (and started again if a test stopped it).
 */
class GatewayRedisRateLimitIT {

    static final String KEY_PREFIX = "waishi:rate-limit:";
    static final Duration ONE_HOUR = Duration.ofHours(1);

    static WireMockServer services;
    static RedisServer redis;
    static ConfigurableApplicationContext instanceA;
    static ConfigurableApplicationContext instanceB;
    static WebTestClient a;
    static WebTestClient b;

    @BeforeAll
    static void startRedisAndTwoGateways() {
        services = new WireMockServer(options().dynamicPort().containerThreads(50).gzipDisabled(true));
        services.start();
        redis = RedisServer.onFreePort().start();
        instanceA = gateway(redis.url());
        instanceB = gateway(redis.url());
        a = client(instanceA);
        b = client(instanceB);
    }

    @AfterAll
    static void stopEverything() {
        // Gateways first (they hold connections to Redis), then Redis, then the services; each step
        // runs even if an earlier one failed.
        try {
            try {
                close(instanceA);
            } finally {
                close(instanceB);
            }
        } finally {
            try {
                if (redis != null) {
                    redis.close();
                }
            } finally {
                if (services != null) {
                    services.stop();
                }
            }
        }
    }

    @BeforeEach
    void emptyRedisAndResetServices() {
        redis.start();
        redis.call(commands -> commands.flushall());
        services.resetAll();
        services.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));
    }

    @Test
    void bothInstancesKeepTheirBucketsInRedis() {
        assertThat(instanceA.getBean(RateLimitStore.class)).isInstanceOf(RedisRateLimitStore.class);
        assertThat(instanceB.getBean(RateLimitStore.class)).isInstanceOf(RedisRateLimitStore.class);
    }

    @Test
    void instancesShareOneUsersBudgetAndOtherUsersAreUnaffected() {
        String bob = TestTokens.user("bob").roles("FAO_OFFICER").bearer();

        expectStatus(a, "/api/travel/delegations", bob, 200);
        expectStatus(b, "/api/travel/delegations", bob, 200);
        expectStatus(a, "/api/travel/delegations", bob, 200);
        // Bob's third call went through A; his fourth is refused by B, which never saw him before.
        b.get().uri("/api/travel/delegations").header(HttpHeaders.AUTHORIZATION, bob)
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, v -> assertThat(Long.parseLong(v)).isPositive())
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:waishi:problem:rate-limited")
                .jsonPath("$.status").isEqualTo(429);
        expectStatus(a, "/api/travel/delegations", TestTokens.user("bob").roles("FAO_OFFICER").bearer(), 429);
        services.verify(3, getRequestedFor(urlPathEqualTo("/api/travel/delegations")));

        String carol = TestTokens.user("carol").roles("FAO_OFFICER").bearer();
        expectStatus(b, "/api/travel/delegations", carol, 200);
        expectStatus(a, "/api/travel/delegations", carol, 200);
    }

    @Test
    void anonymousClientIpIsLimitedAcrossInstances() {
        expectStatus(a, "/public/items", null, 200);
        expectStatus(b, "/public/items", null, 200);
        b.get().uri("/public/items")
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, v -> assertThat(Long.parseLong(v)).isPositive())
                .expectBody().jsonPath("$.type").isEqualTo("urn:waishi:problem:rate-limited");
        expectStatus(a, "/public/items", null, 429);
        services.verify(2, getRequestedFor(urlPathEqualTo("/public/items")));
    }

    @Test
    void bucketsLiveUnderPrefixedKeysThatExpire() {
        expectStatus(a, "/api/travel/delegations", TestTokens.user("dora").roles("FAO_OFFICER").bearer(), 200);
        expectStatus(b, "/public/items", null, 200);

        List<String> keys = redis.call(commands -> commands.keys(KEY_PREFIX + "*"));
        assertThat(keys).containsExactlyInAnyOrder(KEY_PREFIX + "user:dora", KEY_PREFIX + "ip:127.0.0.1");
        for (String key : List.of(KEY_PREFIX + "user:dora", KEY_PREFIX + "ip:127.0.0.1")) {
            // Gone once the bucket has refilled (at most the full hour here) plus a few seconds.
            long ttl = redis.call(commands -> commands.pttl(key));
            assertThat(ttl).as(key).isPositive().isLessThanOrEqualTo(ONE_HOUR.plusSeconds(10).toMillis());
        }
    }

    @Test
    void concurrentCallsThroughBothInstancesNeverExceedTheBudget() {
        String erin = TestTokens.user("erin").roles("FAO_OFFICER").bearer();
        WebClient clientA = WebClient.create(baseUrl(instanceA));
        WebClient clientB = WebClient.create(baseUrl(instanceB));

        List<Integer> statuses = Flux.range(0, 20)
                .flatMap(i -> (i % 2 == 0 ? clientA : clientB).get().uri("/api/travel/delegations")
                        .header(HttpHeaders.AUTHORIZATION, erin)
                        .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())), 20)
                .collectList()
                .block(Duration.ofSeconds(30));

        Map<Integer, Long> counts = statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(200, 3L, 429, 17L));
        services.verify(3, getRequestedFor(urlPathEqualTo("/api/travel/delegations")));
    }

    @Test
    void failsOpenWhileRedisIsDownAndSharesTheLimitAgainWhenItIsBack() {
        String dave = TestTokens.user("dave").roles("FAO_OFFICER").bearer();
        for (int i = 0; i < 3; i++) {
            expectStatus(a, "/api/travel/delegations", dave, 200);
        }
        expectStatus(b, "/api/travel/delegations", dave, 429);
        double allowedA = failuresAllowed(instanceA);
        double allowedB = failuresAllowed(instanceB);

        redis.stop();

        // No store, no limit: Dave and anonymous callers get through both instances, and it is counted.
        expectStatus(a, "/api/travel/delegations", dave, 200);
        expectStatus(b, "/api/travel/delegations", dave, 200);
        for (int i = 0; i < 3; i++) {
            expectStatus(b, "/public/items", null, 200);
        }
        assertThat(failuresAllowed(instanceA)).isEqualTo(allowedA + 1);
        assertThat(failuresAllowed(instanceB)).isEqualTo(allowedB + 4);
        services.verify(5, getRequestedFor(urlPathEqualTo("/api/travel/delegations")));
        services.verify(3, getRequestedFor(urlPathEqualTo("/public/items")));

        // Redis restarts empty; once B has reconnected, Dave has a fresh shared budget of 3. Calls that
        // reach B before it has reconnected still pass unlimited, and are counted as such.
        redis.start();
        double allowedBeforeRestartB = failuresAllowed(instanceB);
        List<Integer> fromB = untilRefused(b, dave);
        assertThat(fromB.subList(fromB.size() - 4, fromB.size())).containsExactly(200, 200, 200, 429);
        assertThat(failuresAllowed(instanceB) - allowedBeforeRestartB).isEqualTo(fromB.size() - 4);

        // A reconnects on its own schedule; its first answer from Redis is B's empty bucket: 429.
        double allowedBeforeRestartA = failuresAllowed(instanceA);
        List<Integer> fromA = untilRefused(a, dave);
        assertThat(fromA.subList(0, fromA.size() - 1)).allMatch(status -> status == 200);
        assertThat(failuresAllowed(instanceA) - allowedBeforeRestartA).isEqualTo(fromA.size() - 1);
    }

    @Test
    void failsClosedWhenConfiguredAndStartsEvenWithoutRedis() throws Exception {
        // A third instance whose Redis is not running yet: it starts anyway and refuses with 503.
        try (RedisServer later = RedisServer.onFreePort()) {
            ConfigurableApplicationContext instanceC = gateway(later.url(), "--waishi.gateway.rate-limit.fail-open=false");
            try {
                WebTestClient c = client(instanceC);
                String frank = TestTokens.user("frank").roles("FAO_OFFICER").bearer();
                c.get().uri("/api/travel/delegations").header(HttpHeaders.AUTHORIZATION, frank)
                        .exchange()
                        .expectStatus().isEqualTo(503)
                        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody().jsonPath("$.type").isEqualTo("urn:waishi:problem:service-unavailable");
                assertThat(failures(instanceC, "refused")).isEqualTo(1);
                services.verify(0, getRequestedFor(urlPathEqualTo("/api/travel/delegations")));

                // Redis comes up: the instance connects on a later request and limits as usual.
                later.start();
                List<Integer> statuses = untilRefused(c, frank);
                assertThat(statuses.subList(0, statuses.size() - 4)).allMatch(status -> status == 503);
                assertThat(statuses.subList(statuses.size() - 4, statuses.size())).containsExactly(200, 200, 200, 429);
                assertThat(failures(instanceC, "refused")).isEqualTo(1 + statuses.size() - 4);
                assertThat(failures(instanceC, "allowed")).isZero();
                long frankKeys = later.call(commands -> commands.exists(KEY_PREFIX + "user:frank"));
                assertThat(frankKeys).isEqualTo(1);
            } finally {
                close(instanceC);
            }
        }
    }

    private static ConfigurableApplicationContext gateway(String redisUrl, String... extraArguments) {
        List<String> arguments = new ArrayList<>();
        for (String property : TestTokens.PROPERTIES) {
            arguments.add("--" + property);
        }
        arguments.addAll(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--waishi.gateway.services.sister-city=" + services.baseUrl(),
                "--waishi.gateway.services.travel=" + services.baseUrl(),
                "--waishi.gateway.services.reception=" + services.baseUrl(),
                "--waishi.gateway.services.publicity=" + services.baseUrl(),
                "--waishi.gateway.rate-limit.authenticated.capacity=3",
                "--waishi.gateway.rate-limit.authenticated.refill-tokens=3",
                "--waishi.gateway.rate-limit.authenticated.refill-period=1h",
                "--waishi.gateway.rate-limit.anonymous.capacity=2",
                "--waishi.gateway.rate-limit.anonymous.refill-tokens=2",
                "--waishi.gateway.rate-limit.anonymous.refill-period=1h",
                "--waishi.gateway.rate-limit.redis-url=" + redisUrl));
        arguments.addAll(List.of(extraArguments));
        return new SpringApplicationBuilder(GatewayApplication.class).run(arguments.toArray(String[]::new));
    }

    private static String baseUrl(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port");
    }

    private static WebTestClient client(ConfigurableApplicationContext context) {
        return WebTestClient.bindToServer().baseUrl(baseUrl(context)).responseTimeout(Duration.ofSeconds(20)).build();
    }

    private static void expectStatus(WebTestClient client, String path, String bearer, int status) {
        assertThat(status(client, path, bearer)).as("GET %s", path).isEqualTo(status);
    }

    private static int status(WebTestClient client, String path, String bearer) {
        return client.get().uri(path)
                .headers(headers -> {
                    if (bearer != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, bearer);
                    }
                })
                .exchange()
                .expectBody().returnResult()
                .getStatus().value();
    }

    /** Calls {@code GET /api/travel/delegations} as the user until refused with 429; the statuses in order. */
    private static List<Integer> untilRefused(WebTestClient client, String bearer) {
        List<Integer> statuses = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            statuses.add(status(client, "/api/travel/delegations", bearer));
            return statuses.get(statuses.size() - 1) == 429;
        });
        return statuses;
    }

    private static double failuresAllowed(ConfigurableApplicationContext context) {
        return failures(context, "allowed");
    }

    private static double failures(ConfigurableApplicationContext context, String decision) {
        return context.getBean(MeterRegistry.class)
                .get("waishi.gateway.ratelimit.store.failures").tag("decision", decision).counter().count();
    }

    private static void close(ConfigurableApplicationContext context) {
        if (context != null) {
            context.close();
        }
    }
}
