package io.waishi.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.platform.testing.TestTokens;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class GatewaySecurityTest extends GatewayTestSupport {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registerServices(registry, null);
    }

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of("expired", TestTokens.user("alice").roles("FAO_DIRECTOR").expired().bearer()),
                Arguments.of("signed with a foreign key",
                        TestTokens.user("alice").roles("FAO_DIRECTOR").signedWithForeignKey().bearer()),
                Arguments.of("wrong issuer",
                        TestTokens.user("alice").roles("FAO_DIRECTOR").issuer("https://evil.example").bearer()),
                Arguments.of("wrong audience",
                        TestTokens.user("alice").roles("FAO_DIRECTOR").audience("someone-else").bearer()),
                Arguments.of("not a JWT", "Bearer not-a-jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void refusesBadTokensWith401ProblemAndNeverCallsTheService(String why, String authorization) {
        TRAVEL.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200)));

        web.get().uri("/api/travel/delegations").header(HttpHeaders.AUTHORIZATION, authorization)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, v -> assertThat(v).startsWith("Bearer error=\"invalid_token\""))
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:waishi:problem:unauthorized")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.trace").doesNotExist();

        TRAVEL.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void refusesMissingTokenWith401Problem() {
        web.get().uri("/api/sister-cities/partner-cities")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:waishi:problem:unauthorized")
                .jsonPath("$.detail").isEqualTo("A valid bearer token is required.");

        SISTER_CITY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void refusesAdminPathWithoutAdminRoleWith403Problem() {
        TRAVEL.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200)));

        web.get().uri("/api/travel/admin/policies").header(HttpHeaders.AUTHORIZATION, bearer("FAO_DIRECTOR"))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:waishi:problem:forbidden")
                .jsonPath("$.status").isEqualTo(403);

        TRAVEL.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void letsAnAuditorReadButNotChangeAdminPaths() {
        TRAVEL.stubFor(get("/api/travel/admin/dead-letters").willReturn(aResponse().withStatus(200).withBody("[]")));

        web.get().uri("/api/travel/admin/dead-letters").header(HttpHeaders.AUTHORIZATION, bearer("AUDITOR"))
                .exchange()
                .expectStatus().isOk();
        web.post().uri("/api/travel/admin/dead-letters/redrive").header(HttpHeaders.AUTHORIZATION, bearer("AUDITOR"))
                .exchange()
                .expectStatus().isForbidden();

        TRAVEL.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void letsAdminReachAdminPath() {
        TRAVEL.stubFor(get("/api/travel/admin/policies").willReturn(aResponse().withStatus(200).withBody("[]")));

        web.get().uri("/api/travel/admin/policies").header(HttpHeaders.AUTHORIZATION, bearer("ADMIN"))
                .exchange()
                .expectStatus().isOk();

        TRAVEL.verify(1, getRequestedFor(urlEqualTo("/api/travel/admin/policies")));
    }

    @Test
    void servesPublicPathsWithoutToken() {
        PUBLICITY.stubFor(get("/public/items?lang=en").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[{\"title\":\"Sister city week\"}]")));

        web.get().uri("/public/items?lang=en")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[0].title").isEqualTo("Sister city week");

        PUBLICITY.verify(1, getRequestedFor(urlEqualTo("/public/items?lang=en")));
    }

    @Test
    void refusesTraceWith405Problem() {
        web.method(HttpMethod.TRACE).uri("/api/travel/delegations").header(HttpHeaders.AUTHORIZATION, bearer("FAO_DIRECTOR"))
                .exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.ALLOW, allow -> assertThat(allow).contains("GET").doesNotContain("TRACE"))
                .expectBody().jsonPath("$.type").isEqualTo("urn:waishi:problem:method-not-allowed");

        TRAVEL.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void rejectsNonNormalisedPathsWith400Problem() {
        web.get().uri("/api/travel/delegations;jsessionid=x").header(HttpHeaders.AUTHORIZATION, bearer("FAO_OFFICER"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:waishi:problem:bad-request");

        TRAVEL.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void exposesHealthProbesAndPrometheusAnonymously() {
        web.get().uri("/actuator/health").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        web.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/actuator/gateway/routes", "/actuator/gateway/globalfilters",
            "/actuator/env", "/actuator/configprops", "/actuator", "/actuator/beans"})
    void hidesEveryOtherActuatorEndpointEvenFromAdmins(String path) {
        web.get().uri(path).exchange()
                .expectStatus().isUnauthorized();
        web.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer("ADMIN")).exchange()
                .expectStatus().value(status -> assertThat(status).isIn(403, 404));
    }

    @Test
    void addsSecurityHeadersToProxiedResponses() {
        TRAVEL.stubFor(get("/api/travel/delegations").willReturn(aResponse().withStatus(200).withBody("[]")));

        web.get().uri("/api/travel/delegations").header(HttpHeaders.AUTHORIZATION, bearer("FAO_OFFICER"))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer");
    }

    @Test
    void offersNoBrowserSignInWhenNoClientIsConfigured() {
        web.get().uri("/api/travel/delegations").header(HttpHeaders.ACCEPT, "text/html")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/oauth2/authorization/waishi-console").exchange().expectStatus().isUnauthorized();
        web.post().uri("/logout").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/me").header(HttpHeaders.AUTHORIZATION, bearer("FAO_OFFICER"))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void answersUnknownPathsWithNotFoundProblem() {
        web.get().uri("/api/travelling/x").header(HttpHeaders.AUTHORIZATION, bearer("FAO_OFFICER"))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:waishi:problem:not-found");
        web.get().uri("/nowhere").exchange().expectStatus().isUnauthorized();
    }
}
