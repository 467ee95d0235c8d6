package io.waishi.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Flux;

@TestPropertySource(properties = {
    "waishi.gateway.max-body-size=4KB",
    "waishi.gateway.cors.allowed-origins=https://console.waishi.test"
})
class GatewayRoutingTest extends GatewayTestSupport {

    private static final String CONSOLE = "https://console.waishi.test";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registerServices(registry, null);
    }

    static Stream<Arguments> servicesByPrefix() {
        return Stream.of(
                Arguments.of("/api/sister-cities/partner-cities/PC-1", SISTER_CITY),
                Arguments.of("/api/travel/delegations/D-1", TRAVEL),
                Arguments.of("/api/receptions/visits/V-1", RECEPTION),
                Arguments.of("/api/publicity/items/P-1", PUBLICITY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servicesByPrefix")
    void routesEachPrefixToItsServiceUnchangedWithTheAuthorizationHeader(String path, WireMockServer service) {
        String authorization = bearer("FAO_DIRECTOR");
        service.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"3\"")
                .withBody("{\"id\":\"x\"}")));

        web.get().uri(path + "?page=0&size=20").header(HttpHeaders.AUTHORIZATION, authorization)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"3\"")
                .expectBody().jsonPath("$.id").isEqualTo("x");

        service.verify(1, getRequestedFor(urlEqualTo(path + "?page=0&size=20"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo(authorization)));
        for (WireMockServer other : new WireMockServer[] {SISTER_CITY, TRAVEL, RECEPTION, PUBLICITY}) {
            if (other != service) {
                other.verify(0, anyRequestedFor(anyUrl()));
            }
        }
    }

    @Test
    void forwardsEncodedQueryValuesExactlyAsTheClientSentThem() {
        PUBLICITY.stubFor(get(urlPathEqualTo("/api/publicity/items")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));

        // Chinese words and a JSON-looking value: the service must see what was sent, neither decoded nor
        // encoded twice (its operator guard and its search both read the value as sent).
        web.get().uri("/api/publicity/items?q={q}&tag={tag}", "铜川", "{\"$ne\":null}")
                .header(HttpHeaders.AUTHORIZATION, bearer("PUBLICITY_EDITOR"))
                .exchange()
                .expectStatus().isOk();

        PUBLICITY.verify(1, getRequestedFor(
                urlEqualTo("/api/publicity/items?q=%E9%93%9C%E5%B7%9D&tag=%7B%22%24ne%22%3Anull%7D")));
    }

    @Test
    void relaysPostBodiesAndDownstreamProblemsUntouched() {
        TRAVEL.stubFor(post("/api/travel/delegations/D-1/submit").willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:waishi:problem:rule-violation\",\"status\":422}")));

        web.post().uri("/api/travel/delegations/D-1/submit").header(HttpHeaders.AUTHORIZATION, bearer("UNIT_CLERK"))
                .header("Idempotency-Key", "k-1")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"note\":\"出访\"}")
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("urn:waishi:problem:rule-violation");

        TRAVEL.verify(1, postRequestedFor(urlEqualTo("/api/travel/delegations/D-1/submit"))
                .withHeader("Idempotency-Key", equalTo("k-1"))
                .withRequestBody(equalTo("{\"note\":\"出访\"}")));
    }

    @Test
    void exposesEachServicesOpenApiDocument() {
        RECEPTION.stubFor(get("/v3/api-docs").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"openapi\":\"3.1.0\"}")));

        web.get().uri("/v3/api-docs/receptions")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").isEqualTo("3.1.0");

        RECEPTION.verify(1, getRequestedFor(urlEqualTo("/v3/api-docs")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheServiceDocumentsInSwaggerUi() {
        web.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].url").value(urls -> assertThat((List<Object>) urls)
                        .containsExactlyInAnyOrder("/v3/api-docs/sister-cities", "/v3/api-docs/travel",
                                "/v3/api-docs/receptions", "/v3/api-docs/publicity"));
    }

    @Test
    void refusesDeclaredOversizedBodyWith413ProblemBeforeTheService() {
        byte[] body = new byte[4 * 1024 + 1];
        Arrays.fill(body, (byte) 'a');

        web.post().uri("/api/publicity/items").header(HttpHeaders.AUTHORIZATION, bearer("PUBLICITY_EDITOR"))
                .contentType(MediaType.TEXT_PLAIN).bodyValue(body)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:waishi:problem:payload-too-large");

        PUBLICITY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void countsChunkedBodiesToo() {
        PUBLICITY.stubFor(post("/api/publicity/items").willReturn(aResponse().withStatus(201)));

        web.post().uri("/api/publicity/items").header(HttpHeaders.AUTHORIZATION, bearer("PUBLICITY_EDITOR"))
                .contentType(MediaType.TEXT_PLAIN).body(chunks(5, 1024), DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo("urn:waishi:problem:payload-too-large");
        PUBLICITY.verify(0, anyRequestedFor(anyUrl()));

        web.post().uri("/api/publicity/items").header(HttpHeaders.AUTHORIZATION, bearer("PUBLICITY_EDITOR"))
                .contentType(MediaType.TEXT_PLAIN).body(chunks(3, 1024), DataBuffer.class)
                .exchange()
                .expectStatus().isCreated();
        PUBLICITY.verify(1, postRequestedFor(urlEqualTo("/api/publicity/items"))
                .withRequestBody(equalTo("x".repeat(3 * 1024))));
    }

    @Test
    void answersPreflightFromAllowedOrigin() {
        web.options().uri("/api/travel/delegations")
                .header(HttpHeaders.ORIGIN, CONSOLE)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization, Content-Type, Idempotency-Key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, CONSOLE)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, m -> assertThat(m).contains("POST"));

        TRAVEL.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void exposesResponseHeadersToAllowedOrigin() {
        TRAVEL.stubFor(get("/api/travel/delegations").willReturn(aResponse().withStatus(200).withBody("[]")));

        web.get().uri("/api/travel/delegations").header(HttpHeaders.ORIGIN, CONSOLE)
                .header(HttpHeaders.AUTHORIZATION, bearer("FAO_OFFICER"))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, CONSOLE)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, h -> assertThat(h).contains("ETag", "Location", "Retry-After"));
    }

    @Test
    void refusesOtherOrigins() {
        web.options().uri("/api/travel/delegations")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectBody().jsonPath("$.type").isEqualTo("urn:waishi:problem:forbidden");

        web.get().uri("/api/travel/delegations").header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.AUTHORIZATION, bearer("FAO_OFFICER"))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);

        TRAVEL.verify(0, anyRequestedFor(anyUrl()));
    }

    private static Flux<DataBuffer> chunks(int count, int size) {
        return Flux.range(0, count).map(i -> DefaultDataBufferFactory.sharedInstance
                .wrap("x".repeat(size).getBytes(StandardCharsets.US_ASCII)));
    }
}
