package io.waishi.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * reception-service is down (closed port); sister-city answers too slowly for its 1 s response
 * timeout; travel answers 503 for the retry tests; publicity's breaker opens after 4 failures.
 */
@TestPropertySource(properties = {
    "waishi.gateway.timeouts.services.sister-city.response=1s",
    "waishi.gateway.retry.first-backoff=10ms",
    "waishi.gateway.retry.max-backoff=50ms",
    "resilience4j.circuitbreaker.instances.publicity.sliding-window-size=4",
    "resilience4j.circuitbreaker.instances.publicity.minimum-number-of-calls=4",
    "resilience4j.circuitbreaker.instances.publicity.failure-rate-threshold=50",
    "resilience4j.circuitbreaker.instances.publicity.wait-duration-in-open-state=1h"
})
class GatewayResilienceTest extends GatewayTestSupport {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registerServices(registry, closedPortUrl());
    }

    @Test
    void answers503ProblemWhenTheServiceIsDown() {
        // The client would give up after 4 s; the gateway must answer well before.
        web.mutate().responseTimeout(Duration.ofSeconds(4)).build()
                .get().uri("/api/receptions/visits").header(HttpHeaders.AUTHORIZATION, bearer("RECEPTION_OFFICER"))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:waishi:problem:service-unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.service").isEqualTo("reception")
                .jsonPath("$.instance").isEqualTo("/api/receptions/visits")
                .jsonPath("$.trace").doesNotExist();

        web.post().uri("/api/receptions/visits").header(HttpHeaders.AUTHORIZATION, bearer("RECEPTION_OFFICER"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.type").isEqualTo("urn:waishi:problem:service-unavailable");
    }

    @Test
    void answers504ProblemWhenTheServiceIsTooSlow() {
        SISTER_CITY.stubFor(get("/api/sister-cities/partner-cities")
                .willReturn(aResponse().withStatus(200).withFixedDelay(10_000)));

        web.mutate().responseTimeout(Duration.ofSeconds(4)).build()
                .get().uri("/api/sister-cities/partner-cities").header(HttpHeaders.AUTHORIZATION, bearer("SISTER_CITY_OFFICER"))
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:waishi:problem:gateway-timeout")
                .jsonPath("$.service").isEqualTo("sister-city");

        // A timed-out GET is not retried: the service already spent a full timeout on it.
        SISTER_CITY.verify(1, getRequestedFor(urlEqualTo("/api/sister-cities/partner-cities")));
    }

    /** Resilience4j's own 1 s time limiter must not cut calls that are within the route's timeout. */
    @Test
    void letsSlowButTimelyAnswersThrough() {
        TRAVEL.stubFor(get("/api/travel/reports/annual")
                .willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(1_500)));

        web.get().uri("/api/travel/reports/annual").header(HttpHeaders.AUTHORIZATION, bearer("FAO_DIRECTOR"))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void retriesGetOn503() {
        TRAVEL.stubFor(get("/api/travel/delegations").inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        TRAVEL.stubFor(get("/api/travel/delegations").inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withBody("[]")));

        web.get().uri("/api/travel/delegations").header(HttpHeaders.AUTHORIZATION, bearer("FAO_OFFICER"))
                .exchange()
                .expectStatus().isOk();

        TRAVEL.verify(2, getRequestedFor(urlEqualTo("/api/travel/delegations")));
    }

    @Test
    void givesUpAfterTwoRetriesAndRelaysTheLast503() {
        TRAVEL.stubFor(get("/api/travel/delegations").willReturn(aResponse().withStatus(503)));

        web.get().uri("/api/travel/delegations").header(HttpHeaders.AUTHORIZATION, bearer("FAO_OFFICER"))
                .exchange()
                .expectStatus().isEqualTo(503);

        TRAVEL.verify(3, getRequestedFor(urlEqualTo("/api/travel/delegations")));
    }

    @Test
    void neverRetriesPost() {
        TRAVEL.stubFor(post("/api/travel/delegations").willReturn(aResponse().withStatus(503)));

        web.post().uri("/api/travel/delegations").header(HttpHeaders.AUTHORIZATION, bearer("UNIT_CLERK"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(503);

        TRAVEL.verify(1, postRequestedFor(urlEqualTo("/api/travel/delegations")));
    }

    @Test
    void doesNotRetryOtherServerErrors() {
        TRAVEL.stubFor(get("/api/travel/reports/broken").willReturn(aResponse().withStatus(500)));

        web.get().uri("/api/travel/reports/broken").header(HttpHeaders.AUTHORIZATION, bearer("FAO_OFFICER"))
                .exchange()
                .expectStatus().isEqualTo(500);

        TRAVEL.verify(1, getRequestedFor(urlEqualTo("/api/travel/reports/broken")));
    }

    @Test
    void opensTheCircuitAfterRepeatedFailuresAndStopsCallingTheService() {
        PUBLICITY.stubFor(post("/api/publicity/items").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        for (int i = 0; i < 4; i++) {
            web.post().uri("/api/publicity/items").header(HttpHeaders.AUTHORIZATION, bearer("PUBLICITY_EDITOR"))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange()
                    .expectStatus().isEqualTo(503);
        }
        PUBLICITY.verify(4, postRequestedFor(urlEqualTo("/api/publicity/items")));

        web.post().uri("/api/publicity/items").header(HttpHeaders.AUTHORIZATION, bearer("PUBLICITY_EDITOR"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.type").isEqualTo("urn:waishi:problem:service-unavailable");
        PUBLICITY.verify(4, postRequestedFor(urlEqualTo("/api/publicity/items")));
    }

    /**
     * Spring Cloud CircuitBreaker's hidden bulkhead allows 25 concurrent calls by default; 60 slow
     * concurrent calls must all go through, not be turned into 503s.
     */
    @Test
    void concurrentLoadIsNotRejectedByTheBulkhead() {
        TRAVEL.stubFor(get(urlPathEqualTo("/api/travel/calendar"))
                .willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(500)));
        String authorization = bearer("FAO_OFFICER");
        WebClient client = WebClient.builder()
                .baseUrl("http://localhost:" + port)
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create(
                        ConnectionProvider.builder("concurrent-test").maxConnections(100).build())))
                .build();

        List<HttpStatusCode> statuses = Flux.range(0, 60)
                .flatMap(i -> client.get().uri("/api/travel/calendar?i=" + i)
                        .header(HttpHeaders.AUTHORIZATION, authorization)
                        .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode())), 60)
                .collectList()
                .block(Duration.ofSeconds(20));

        assertThat(statuses).hasSize(60).allMatch(status -> status.value() == 200);
        TRAVEL.verify(60, getRequestedFor(urlPathEqualTo("/api/travel/calendar")));
    }

    @Test
    void serviceDownDoesNotAffectOtherRoutes() {
        TRAVEL.stubFor(get("/api/travel/delegations").willReturn(aResponse().withStatus(200).withBody("[]")));

        web.get().uri("/api/receptions/visits").header(HttpHeaders.AUTHORIZATION, bearer("FAO_OFFICER"))
                .exchange().expectStatus().isEqualTo(503);
        web.get().uri("/api/travel/delegations").header(HttpHeaders.AUTHORIZATION, bearer("FAO_OFFICER"))
                .exchange().expectStatus().isOk();
        RECEPTION.verify(0, anyRequestedFor(anyUrl()));
    }
}
