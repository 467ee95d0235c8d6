package io.waishi.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.waishi.oidctest.TestOidcProvider;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browser path end to end: a real OpenID Connect provider (Spring Authorization Server), the
 * gateway with sign-in on (provider endpoints listed explicitly), a WireMock service behind it, and
 * a cookie-keeping client that follows every redirect by hand.
 */
class GatewayBrowserSignInTest extends GatewayTestSupport {

    /** Access tokens live 5 minutes; the gateway refreshes one within 60 s of its expiry. */
    static final TestOidcProvider PROVIDER = TestOidcProvider.start(Duration.ofMinutes(5));
    static final MovableClock CLOCK = new MovableClock();

    private static final String SESSION = "WAISHI_SESSION";
    private static final String HTML = "text/html,application/xhtml+xml";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration(proxyBeanMethods = false)
    static class GatewayClock {
        @Bean
        Clock clock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registerServices(registry, null);
        registry.add("waishi.gateway.login.client-id", () -> TestOidcProvider.CLIENT_ID);
        registry.add("waishi.gateway.login.client-secret", () -> TestOidcProvider.CLIENT_SECRET);
        registry.add("waishi.gateway.login.issuer-uri", PROVIDER::issuer);
        registry.add("waishi.gateway.login.authorization-uri", PROVIDER::authorizationUri);
        registry.add("waishi.gateway.login.token-uri", PROVIDER::tokenUri);
        registry.add("waishi.gateway.login.jwk-set-uri", PROVIDER::jwkSetUri);
        registry.add("waishi.gateway.login.end-session-uri", PROVIDER::endSessionUri);
    }

    @LocalServerPort
    int port;

    private final Browser browser = new Browser();
    private final List<HttpResponse<String>> seenByBrowser = new ArrayList<>();

    @BeforeEach
    void pointTheProviderAtThisGateway() {
        PROVIDER.gatewayBaseUrl("http://127.0.0.1:" + port);
        CLOCK.reset();
        TRAVEL.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));
    }

    @Test
    void signsInWithCodeAndPkceKeepsTheTokenOnTheServerAndRelaysItToTheService() {
        HttpResponse<String> start = see(browser.get(gateway("/api/travel/delegations"), "Accept", HTML));
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(Browser.location(start)).isEqualTo(gateway("/oauth2/authorization/waishi-console"));

        HttpResponse<String> authorize = see(browser.follow(start, "Accept", HTML));
        assertThat(authorize.statusCode()).isEqualTo(302);
        URI authorizeUri = Browser.location(authorize);
        Map<String, String> query = UriComponentsBuilder.fromUri(authorizeUri).build().getQueryParams().toSingleValueMap();
        assertThat(authorizeUri.toString()).startsWith(PROVIDER.authorizationUri() + "?");
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "waishi-console")
                .containsEntry("code_challenge_method", "S256").containsKeys("code_challenge", "state", "nonce");
        String sessionBeforeSignIn = browser.cookie(gateway("/"), SESSION);
        assertThat(sessionBeforeSignIn).as("the authorization request is kept in the session").isNotNull();

        HttpResponse<String> callback = signInAtProvider(authorize);
        assertThat(callback.uri().getPath()).isEqualTo("/login/oauth2/code/waishi-console");
        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(Browser.location(callback).getPath()).isEqualTo("/api/travel/delegations");
        String sessionCookie = Browser.setCookie(callback, SESSION);
        assertThat(sessionCookie).as("a new session id after sign-in").isNotNull()
                .containsIgnoringCase("; HttpOnly").containsIgnoringCase("; Secure").contains("SameSite=Lax").contains("Path=/");
        assertThat(browser.cookie(gateway("/"), SESSION)).isNotEqualTo(sessionBeforeSignIn);

        HttpResponse<String> page = see(browser.follow(callback, "Accept", HTML));
        assertThat(page.statusCode()).isEqualTo(200);

        String relayed = lastAuthorizationAt(TRAVEL_PATH);
        assertThat(relayed).startsWith("Bearer ");
        JsonNode claims = claims(relayed);
        assertThat(claims.get("sub").asString()).isEqualTo(TestOidcProvider.USER);
        assertThat(claims.get("unit").asString()).isEqualTo(TestOidcProvider.UNIT);
        assertThat(claims.get("roles").values().stream().map(JsonNode::asString).toList())
                .containsExactlyElementsOf(TestOidcProvider.ROLES);
        String token = relayed.substring("Bearer ".length());
        assertThat(seenByBrowser).allSatisfy(response -> {
            assertThat(response.body()).doesNotContain(token);
            assertThat(response.headers().map().toString()).doesNotContain(token);
        });
    }

    @Test
    void opensTheConsolePageFirstAskedForAfterSignInWithTheCsrfCookie() {
        HttpResponse<String> start = browser.get(gateway("/console/travel/delegations"), "Accept", HTML);
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(Browser.location(start)).isEqualTo(gateway("/oauth2/authorization/waishi-console"));

        HttpResponse<String> callback = signInAtProvider(browser.follow(start, "Accept", HTML));
        assertThat(Browser.location(callback).getPath()).isEqualTo("/console/travel/delegations");
        HttpResponse<String> page = browser.follow(callback, "Accept", HTML);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"root\"></div>");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("connect-src 'self'")
                        .contains("frame-ancestors 'none'"));
        assertThat(browser.cookie(gateway("/"), "XSRF-TOKEN")).as("the console can change things at once").isNotNull();
    }

    @Test
    void answersWhoIsSignedInFromTheTokenClaims() {
        signIn();

        HttpResponse<String> me = browser.get(gateway("/api/me"), "Accept", "application/json");

        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(me.body());
        assertThat(body.get("subject").asString()).isEqualTo("alice");
        assertThat(body.get("name").asString()).isEqualTo(TestOidcProvider.NAME);
        assertThat(body.get("unit").asString()).isEqualTo(TestOidcProvider.UNIT);
        assertThat(body.get("roles").values().stream().map(JsonNode::asString).toList())
                .containsExactlyElementsOf(TestOidcProvider.ROLES);
        assertThat(body.get("session").asBoolean()).isTrue();
    }

    @Test
    void refusesAStateChangingSessionRequestWithoutTheCsrfHeader() {
        TRAVEL.stubFor(post("/api/travel/delegations").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"D-1\"}")));
        signIn();
        String xsrf = browser.cookie(gateway("/"), "XSRF-TOKEN");
        assertThat(xsrf).as("a signed-in page hands out the CSRF cookie").isNotBlank();

        HttpResponse<String> forged = browser.postJson(gateway("/api/travel/delegations"), "{}");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(forged.body()).contains("urn:waishi:problem:forbidden").contains("X-XSRF-TOKEN");
        HttpResponse<String> wrong = browser.postJson(gateway("/api/travel/delegations"), "{}", "X-XSRF-TOKEN", "guess");
        assertThat(wrong.statusCode()).isEqualTo(403);
        TRAVEL.verify(0, postRequestedFor(anyUrl()));

        HttpResponse<String> genuine = browser.postJson(gateway("/api/travel/delegations"), "{}", "X-XSRF-TOKEN", xsrf);
        assertThat(genuine.statusCode()).isEqualTo(201);
        TRAVEL.verify(1, postRequestedFor(urlPathEqualTo("/api/travel/delegations")));
    }

    @Test
    void refreshesAnExpiredAccessTokenBeforeRelayingIt() {
        signIn();
        browser.get(gateway("/api/travel/delegations"));
        String first = lastAuthorizationAt(TRAVEL_PATH);
        browser.get(gateway("/api/travel/delegations"));
        assertThat(lastAuthorizationAt(TRAVEL_PATH)).as("a valid token is reused").isEqualTo(first);

        CLOCK.advance(Duration.ofMinutes(5));
        HttpResponse<String> afterExpiry = browser.get(gateway("/api/travel/delegations"));

        assertThat(afterExpiry.statusCode()).isEqualTo(200);
        String refreshed = lastAuthorizationAt(TRAVEL_PATH);
        assertThat(refreshed).isNotEqualTo(first);
        assertThat(claims(refreshed).get("sub").asString()).isEqualTo("alice");
        assertThat(claims(refreshed).get("unit").asString()).isEqualTo(TestOidcProvider.UNIT);
        assertThat(claims(refreshed).get("iat").asLong()).isGreaterThanOrEqualTo(claims(first).get("iat").asLong());
        // The refreshed token is kept in the session: with the clocks agreeing again (the provider
        // issued it on real time), the next call relays it without another refresh.
        CLOCK.reset();
        browser.get(gateway("/api/travel/delegations"));
        assertThat(lastAuthorizationAt(TRAVEL_PATH)).isEqualTo(refreshed);
    }

    @Test
    void answers401WhenTheSessionsTokenCanNoLongerBeRefreshed() {
        signIn();
        PROVIDER.forgetAllAuthorizations();
        CLOCK.advance(Duration.ofMinutes(5));

        HttpResponse<String> call = browser.get(gateway("/api/travel/delegations"), "Accept", "application/json");

        assertThat(call.statusCode()).isEqualTo(401);
        assertThat(call.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(call.body()).contains("urn:waishi:problem:unauthorized").contains("sign in again");
    }

    @Test
    void signsOutAtTheProviderAndTheSessionStopsWorking() {
        signIn();
        String session = browser.cookie(gateway("/"), SESSION);
        String xsrf = browser.cookie(gateway("/"), "XSRF-TOKEN");

        HttpResponse<String> withoutCsrf = browser.postForm(gateway("/logout"), Map.of());
        assertThat(withoutCsrf.statusCode()).as("logout is CSRF-protected too").isEqualTo(403);

        HttpResponse<String> logout = browser.postForm(gateway("/logout"), Map.of(), "X-XSRF-TOKEN", xsrf);
        assertThat(logout.statusCode()).isEqualTo(302);
        URI endSession = Browser.location(logout);
        assertThat(endSession.toString()).startsWith(PROVIDER.endSessionUri() + "?");
        Map<String, String> query = UriComponentsBuilder.fromUri(endSession).build().getQueryParams().toSingleValueMap();
        assertThat(query).containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", "http://127.0.0.1:" + port + "/");
        assertThat(Browser.setCookie(logout, SESSION)).as("the session cookie is cleared").contains("Max-Age=0");

        HttpResponse<String> atProvider = browser.follow(logout, "Accept", HTML);
        assertThat(atProvider.statusCode()).isEqualTo(302);
        assertThat(Browser.location(atProvider)).isEqualTo(gateway("/"));

        Browser replay = new Browser();
        HttpResponse<String> oldSession = replay.get(gateway("/api/me"), "Accept", "application/json",
                "Cookie", SESSION + "=" + session);
        assertThat(oldSession.statusCode()).isEqualTo(401);
        assertThat(oldSession.body()).contains("urn:waishi:problem:unauthorized");
    }

    @Test
    void gatesAdminPathsOnTheSessionUsersRolesAsOnTheBearerPath() {
        TRAVEL.stubFor(get("/api/travel/admin/policies").willReturn(aResponse().withStatus(200).withBody("[]")));
        signIn();
        HttpResponse<String> director = browser.get(gateway("/api/travel/admin/policies"));
        assertThat(director.statusCode()).isEqualTo(403);
        assertThat(director.body()).contains("urn:waishi:problem:forbidden");

        Browser adminBrowser = new Browser();
        signIn(adminBrowser, TestOidcProvider.ADMIN, TestOidcProvider.ADMIN_PASSWORD);
        HttpResponse<String> admin = adminBrowser.get(gateway("/api/travel/admin/policies"));
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(claims(lastAuthorizationAt("/api/travel/admin/policies")).get("sub").asString()).isEqualTo("ada");
    }

    @Test
    void bearerRequestsWorkAsBeforeAndGetNoSession() {
        web.get().uri("/api/travel/delegations").header(HttpHeaders.AUTHORIZATION, bearer("FAO_OFFICER"))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
        web.post().uri("/api/travel/delegations").header(HttpHeaders.AUTHORIZATION, bearer("FAO_OFFICER"))
                .header(HttpHeaders.CONTENT_TYPE, "application/json").bodyValue("{}")
                .exchange()
                .expectStatus().value(status -> assertThat(status).isNotEqualTo(403))
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
        web.get().uri("/api/me").header(HttpHeaders.AUTHORIZATION, bearer("AUDITOR"))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody().jsonPath("$.roles[0]").isEqualTo("AUDITOR").jsonPath("$.unit").isEqualTo("U001")
                .jsonPath("$.session").isEqualTo(false);
        // A bearer request is not diverted to the browser chain even with a text/html Accept.
        web.get().uri("/api/travel/delegations").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-jwt")
                .header(HttpHeaders.ACCEPT, HTML)
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void answersApiCallsWithoutCredentialsWith401ProblemNotARedirect() {
        HttpResponse<String> json = browser.get(gateway("/api/travel/delegations"), "Accept", "application/json");
        HttpResponse<String> anything = browser.get(gateway("/api/me"));
        HttpResponse<String> post = browser.postJson(gateway("/api/travel/delegations"), "{}");

        for (HttpResponse<String> response : List.of(json, anything, post)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(response.body()).contains("urn:waishi:problem:unauthorized");
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        }
        TRAVEL.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void servesPublicContentWithoutASessionCookie() {
        PUBLICITY.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody("[]")));

        HttpResponse<String> items = browser.get(gateway("/public/items"), "Accept", HTML);

        assertThat(items.statusCode()).isEqualTo(200);
        assertThat(items.headers().allValues("Set-Cookie")).isEmpty();
    }

    // --- the flow ---

    private static final String TRAVEL_PATH = "/api/travel/delegations";

    /** Signs alice in from a protected page and lands back on it; the browser then holds the session and the CSRF cookie. */
    private void signIn() {
        signIn(browser, TestOidcProvider.USER, TestOidcProvider.PASSWORD);
    }

    private void signIn(Browser browser, String user, String password) {
        HttpResponse<String> start = browser.get(gateway(TRAVEL_PATH), "Accept", HTML);
        HttpResponse<String> authorize = browser.follow(start, "Accept", HTML);
        HttpResponse<String> callback = signInAtProvider(browser, authorize, user, password);
        assertThat(callback.statusCode()).isEqualTo(302);
        HttpResponse<String> page = browser.follow(callback, "Accept", HTML);
        assertThat(page.statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> signInAtProvider(HttpResponse<String> redirectToProvider) {
        return signInAtProvider(browser, redirectToProvider, TestOidcProvider.USER, TestOidcProvider.PASSWORD);
    }

    /** From the gateway's redirect to the provider until the provider's redirect back has been followed. */
    private HttpResponse<String> signInAtProvider(Browser browser, HttpResponse<String> redirectToProvider,
            String user, String password) {
        HttpResponse<String> toLogin = see(browser.follow(redirectToProvider, "Accept", HTML));
        assertThat(toLogin.statusCode()).isEqualTo(302);
        HttpResponse<String> loginPage = see(browser.follow(toLogin, "Accept", HTML));
        assertThat(loginPage.statusCode()).isEqualTo(200);
        HttpResponse<String> loggedIn = see(browser.postForm(loginPage.uri(), Map.of(
                "username", user, "password", password,
                "_csrf", hiddenCsrf(loginPage.body())), "Accept", HTML));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        HttpResponse<String> code = see(browser.follow(loggedIn, "Accept", HTML));
        assertThat(code.statusCode()).isEqualTo(302);
        assertThat(Browser.location(code).toString()).startsWith(gateway("/login/oauth2/code/waishi-console") + "?code=");
        return see(browser.follow(code, "Accept", HTML));
    }

    private HttpResponse<String> see(HttpResponse<String> response) {
        seenByBrowser.add(response);
        return response;
    }

    private static String hiddenCsrf(String loginPage) {
        Matcher matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(matcher.find()).as("CSRF field in the provider's login form").isTrue();
        return matcher.group(1);
    }

    private URI gateway(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String lastAuthorizationAt(String path) {
        List<LoggedRequest> requests = TRAVEL.findAll(anyRequestedFor(urlPathEqualTo(path)));
        assertThat(requests).isNotEmpty();
        return requests.get(requests.size() - 1).getHeader(HttpHeaders.AUTHORIZATION);
    }

    private static JsonNode claims(String bearer) {
        String payload = bearer.substring("Bearer ".length()).split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    /** The gateway's clock: real time plus an offset the test moves forward. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void advance(Duration by) {
            offset.updateAndGet(current -> current.plus(by));
        }

        void reset() {
            offset.set(Duration.ZERO);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
