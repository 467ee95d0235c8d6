package io.waishi.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.gateway.ratelimit.InMemoryRateLimitStore;
import io.waishi.gateway.ratelimit.RateLimitStore;
import io.waishi.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** Tiny buckets that do not refill during the test: 3 calls per user, 2 per anonymous client. */
@TestPropertySource(properties = {
    "waishi.gateway.rate-limit.authenticated.capacity=3",
    "waishi.gateway.rate-limit.authenticated.refill-tokens=3",
    "waishi.gateway.rate-limit.authenticated.refill-period=1h",
    "waishi.gateway.rate-limit.anonymous.capacity=2",
    "waishi.gateway.rate-limit.anonymous.refill-tokens=2",
    "waishi.gateway.rate-limit.anonymous.refill-period=1h"
})
class GatewayRateLimitTest extends GatewayTestSupport {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registerServices(registry, null);
    }

    @Autowired
    RateLimitStore store;

    @Test
    void keepsBucketsInMemoryWhenNoRedisUrlIsSet() {
        assertThat(store).isInstanceOf(InMemoryRateLimitStore.class);
    }

    @Test
    void limitsEachUserSeparatelyWith429AndRetryAfter() {
        TRAVEL.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody("[]")));
        String bob = TestTokens.user("bob").roles("FAO_OFFICER").bearer();

        for (int i = 0; i < 3; i++) {
            web.get().uri("/api/travel/delegations").header(HttpHeaders.AUTHORIZATION, bob)
                    .exchange().expectStatus().isOk();
        }
        // A new token for the same subject shares the bucket: the limit is per user, not per token.
        web.get().uri("/api/travel/delegations")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.user("bob").roles("FAO_OFFICER").bearer())
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, v -> assertThat(Long.parseLong(v)).isPositive())
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:waishi:problem:rate-limited")
                .jsonPath("$.status").isEqualTo(429);
        TRAVEL.verify(3, getRequestedFor(urlPathEqualTo("/api/travel/delegations")));

        web.get().uri("/api/travel/delegations")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.user("carol").roles("FAO_OFFICER").bearer())
                .exchange().expectStatus().isOk();
    }

    @Test
    void limitsAnonymousClientsByAddress() {
        PUBLICITY.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody("[]")));

        for (int i = 0; i < 2; i++) {
            web.get().uri("/public/items").exchange().expectStatus().isOk();
        }
        web.get().uri("/public/items")
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.type").isEqualTo("urn:waishi:problem:rate-limited");
        PUBLICITY.verify(2, getRequestedFor(urlPathEqualTo("/public/items")));
    }
}
