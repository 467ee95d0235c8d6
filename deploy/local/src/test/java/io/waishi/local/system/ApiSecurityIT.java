package io.waishi.local.system;

import static io.waishi.local.system.SystemTests.repoRoot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.local.LocalStack;
import io.waishi.local.SampleOffice;
import io.waishi.local.SampleRequests;
import io.waishi.platform.testing.TestHttp;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The OWASP API Security Top 10 (2023) checks that apply here, run against the whole suite as processes, from
 * outside, through the gateway only — as an attacker would reach it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiSecurityIT {

    @TempDir
    static Path data;

    LocalStack stack;
    TestHttp gateway;
    String partnerCityId;

    @BeforeAll
    void startTheSuite() {
        stack = LocalStack.builder().repoRoot(repoRoot()).dataDir(data).randomPorts().quiet(true)
                // A small anonymous bucket that refills slowly, so a burst exceeds it on any machine.
                .env(LocalStack.GATEWAY, Map.of("WAISHI_GATEWAY_RATELIMIT_ANONYMOUS_CAPACITY", "20",
                        "WAISHI_GATEWAY_RATELIMIT_ANONYMOUS_REFILLTOKENS", "20",
                        "WAISHI_GATEWAY_RATELIMIT_ANONYMOUS_REFILLPERIOD", "1m"))
                .readinessTimeout(Duration.ofSeconds(240)).build().start();
        gateway = new TestHttp(stack.gatewayUrl());
        // A just-started service on a busy machine may miss the gateway's 5 s on its first write: the same
        // Idempotency-Key makes the retry answer the first registration (409 while it still runs) instead of making
        // a second partner.
        String key = java.util.UUID.randomUUID().toString();
        TestHttp.Answer partner = await().atMost(Duration.ofSeconds(90)).until(() -> gateway.send(gateway.request(
                "/api/sister-cities/partner-cities", stack.token("sister")).header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(TestHttp.json(SampleRequests.yorbaLinda()))).build()),
                answer -> answer.status() != 504 && answer.status() != 503 && answer.status() != 409);
        assertThat(partner.status()).as(partner.body()).isEqualTo(201);
        partnerCityId = partner.json().get("id").asString();
    }

    @AfterAll
    void stopTheSuite() {
        if (stack != null) {
            stack.close();
        }
    }

    /** API1 broken object-level authorisation: another unit's file does not exist for you. */
    @Test
    void anotherUnitsFileIsNotFoundAndStaysAsItWas() {
        String id = draftAsEducationClerk();
        String healthClerk = stack.token("health-clerk");
        TestHttp.Answer read = gateway.get("/api/travel/delegations/" + id, healthClerk);
        assertThat(read.status()).as(read.body()).isEqualTo(404);
        assertThat(read.body()).doesNotContain("Yorba");
        TestHttp.Answer submit = gateway.post("/api/travel/delegations/" + id + "/submit", healthClerk, "{}");
        assertThat(submit.status()).as(submit.body()).isEqualTo(404);
        TestHttp.Answer listed = gateway.get("/api/travel/delegations?size=100", healthClerk);
        assertThat(listed.json().get("items").valueStream().map(f -> f.get("id").asString())).doesNotContain(id);
        assertThat(gateway.get("/api/travel/delegations/" + id, stack.token("clerk")).json().get("status").asString())
                .isEqualTo("DRAFT");
    }

    /** API2 broken authentication: every bad token is a 401 problem at the gateway and at the service. */
    @Test
    void missingExpiredForgedUnsignedAndMisaddressedTokensAre401() throws Exception {
        ForgedTokens providerKey = ForgedTokens.withProviderKey(stack);
        Instant later = Instant.now().plus(Duration.ofMinutes(10));
        Map<String, String> tokens = new HashMap<>();
        tokens.put("expired", providerKey.director(stack.issuer(), stack.audience(),
                Instant.now().minus(Duration.ofMinutes(10))));
        tokens.put("wrong signature", ForgedTokens.withFreshKey(stack)
                .director(stack.issuer(), stack.audience(), later));
        tokens.put("wrong issuer", providerKey.director("https://evil.example", stack.audience(), later));
        tokens.put("wrong audience", providerKey.director(stack.issuer(), "someone-else", later));
        tokens.put("alg none", unsigned(stack.token("director")));
        tokens.put("garbage", "not-a-jwt");
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            for (String target : List.of(stack.gatewayUrl(), stack.serviceUrl(LocalStack.TRAVEL))) {
                TestHttp.Answer answer = new TestHttp(target).get("/api/travel/delegations", token.getValue());
                assertThat(answer.status()).as(token.getKey() + " at " + target).isEqualTo(401);
                assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            }
        }
        assertThat(gateway.get("/api/travel/delegations", null).status()).isEqualTo(401);
    }

    /** API3 broken object property-level authorisation: clients cannot set what the server decides. */
    @Test
    void statusIdsAndApprovalsSentByTheClientAreIgnoredAndInternalsNeverLeak() {
        Map<String, Object> plan = SampleRequests.delegationTo(partnerCityId, LocalDate.now().plusDays(60), null);
        plan.put("id", "my-own-id");
        plan.put("status", "APPROVED");
        plan.put("approvedBy", "clerk");
        plan.put("version", 42);
        plan.put("history", List.of(Map.of("status", "APPROVED")));
        TestHttp.Answer created = gateway.post("/api/travel/delegations", stack.token("clerk"), TestHttp.json(plan));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode file = created.json();
        assertThat(file.get("id").asString()).isNotEqualTo("my-own-id");
        assertThat(file.get("status").asString()).isEqualTo("DRAFT");
        assertThat(file.has("approvedBy") && !file.get("approvedBy").isNull()).isFalse();
        assertThat(created.body()).doesNotContain("outbox", "_class", "pendingEvents", "my-own-id");
    }

    /** API4 unrestricted resource consumption: page sizes clamped, bodies capped, bursts limited. */
    @Test
    void hugePagesAreClampedHugeBodiesRefusedAndBurstsLimited() throws Exception {
        JsonNode page = gateway.get("/api/travel/delegations?size=100000", stack.token("officer")).json();
        assertThat(page.get("size").asInt()).isEqualTo(100);
        // A 2 MB body declared up front is refused on its Content-Length before any of it is read. The client sends
        // the head alone and waits: sending the body too would race the gateway's close (a reset can drop the 413).
        TestHttp.Answer tooLarge = headOfAnOversizedPost("/api/sister-cities/partner-cities", stack.token("sister"),
                2 * 1024 * 1024);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("type").asString()).isEqualTo("urn:waishi:problem:payload-too-large");

        // Anonymous callers get a bucket per address (20 a minute in this stack): a burst is cut with 429.
        // HTTP/1.1 so that each request has its own connection and they all arrive at once (no h2c upgrade queue).
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            burst.add(client.sendAsync(HttpRequest.newBuilder(java.net.URI.create(stack.gatewayUrl()
                    + "/public/countries")).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> answers = burst.stream().map(CompletableFuture::join).toList();
        HttpResponse<String> limited = answers.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.body()).contains("urn:waishi:problem:rate-limited");
    }

    /** API5 broken function-level authorisation: acts are for their roles only. */
    @Test
    void onlyTheDirectorApprovesAnAuditorChangesNothingAndOnlyAnAdminSetsPolicy() {
        SampleOffice.AcceptedFile file = new SampleOffice(stack.gatewayUrl(), stack::token, 1).open()
                .acceptedFile(partnerCityId);
        for (String user : List.of("clerk", "signatory", "officer", "auditor")) {
            TestHttp.Answer approve = approve(file, user);
            assertThat(approve.status()).as(user + ": " + approve.body()).isEqualTo(403);
        }
        assertThat(approve(file, "director").status()).isEqualTo(200);
        TestHttp.Answer audit = gateway.post("/api/sister-cities/partner-cities", stack.token("auditor"),
                TestHttp.json(SampleRequests.yorbaLinda()));
        assertThat(audit.status()).as(audit.body()).isEqualTo(403);
        Map<String, Object> value = Map.of("value", 6, "effectiveFrom", LocalDate.now().plusDays(30).toString(),
                "source", "S1");
        TestHttp.Answer policy = gateway.post("/api/travel/policy/MAX_DAYS_ONE_COUNTRY/values", stack.token("director"),
                TestHttp.json(value));
        assertThat(policy.status()).as("only an ADMIN changes policy parameters: " + policy.body()).isEqualTo(403);
    }

    private TestHttp.Answer approve(SampleOffice.AcceptedFile file, String user) {
        return gateway.send(gateway.request("/api/travel/delegations/" + file.id() + "/approve", stack.token(user))
                .header("If-Match", file.etag()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestHttp.json(SampleOffice.approval()))).build());
    }

    /** API7 server-side request forgery: addresses inside the network and other schemes are refused unsent. */
    @Test
    void privateLoopbackLinkLocalAndNonHttpAddressesAreRefused() {
        for (String address : List.of("http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:8080/actuator",
                "http://localhost/", "http://10.0.0.8/", "file:///etc/passwd", "gopher://example.com/",
                "http://0x7f000001/", "http://[::1]/")) {
            Map<String, Object> file = new HashMap<>(SampleRequests.yorbaLinda());
            file.remove("country");
            file.put("otherChineseSisterCity", false);
            file.put("website", address);
            TestHttp.Answer refused = gateway.send(gateway.request("/api/sister-cities/partner-cities/" + partnerCityId,
                    stack.token("sister")).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(TestHttp.json(file))).build());
            assertThat(refused.status()).as(address + ": " + refused.body()).isEqualTo(400);
            TestHttp.Answer image = gateway.post("/api/publicity/items", stack.token("editor"), TestHttp.json(Map.of(
                    "kind", "NEWS", "images", List.of(Map.of("ref", address.replace("http:", "https:"))),
                    "zh", Map.of("title", "图片地址测试"))));
            assertThat(image.status()).as(address + ": " + image.body()).isEqualTo(400);
        }
        JsonNode partner = gateway.get("/api/sister-cities/partner-cities/" + partnerCityId, stack.token("sister")).json();
        assertThat(partner.has("website") && !partner.get("website").isNull()).as("nothing was stored").isFalse();
    }

    /** API8 security misconfiguration, and injection through filters. */
    @Test
    void nothingInternalIsReachableAndNothingLeaks() throws Exception {
        for (String path : List.of("/actuator/env", "/actuator/gateway/routes", "/actuator/heapdump",
                "/actuator/loggers", "/api/travel/../../actuator/env")) {
            TestHttp.Answer answer = gateway.get(path, stack.token("admin"));
            assertThat(answer.status()).as(path).isIn(400, 403, 404);
            assertThat(answer.body()).as(path).doesNotContain("propertySources", "route_id", "activeProfiles");
        }
        HttpResponse<String> trace = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                java.net.URI.create(stack.gatewayUrl() + "/api/travel/delegations")).method("TRACE",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(trace.statusCode()).isEqualTo(405);

        TestHttp.Answer malformed = gateway.post("/api/travel/delegations", stack.token("clerk"), "{\"title\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception", "at io.", "at org.", "jackson");

        HttpResponse<String> preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                java.net.URI.create(stack.gatewayUrl() + "/api/travel/delegations"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        for (String filter : List.of("/api/publicity/items?tag[$ne]=x", "/api/publicity/items?tag=%7B%22%24ne%22%3Anull%7D",
                "/api/travel/delegations?country=%24where")) {
            TestHttp.Answer injected = gateway.get(filter, stack.token(filter.contains("travel") ? "officer" : "editor"));
            assertThat(injected.status()).as(filter + ": " + injected.body()).isEqualTo(400);
        }
        TestHttp.Answer body = gateway.post("/api/publicity/items", stack.token("editor"),
                "{\"kind\": \"NEWS\", \"zh\": {\"title\": {\"$gt\": \"\"}}}");
        assertThat(body.status()).as(body.body()).isEqualTo(400);
    }

    private String draftAsEducationClerk() {
        TestHttp.Answer created = gateway.post("/api/travel/delegations", stack.token("clerk"),
                TestHttp.json(SampleRequests.delegationTo(partnerCityId, LocalDate.now().plusDays(60), null)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** The same claims with {@code alg: none} and no signature: what a forger sends when nothing is checked. */
    private static String unsigned(String signed) {
        String payload = signed.split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    /** Sends only the head of a POST declaring {@code length} bytes of JSON and reads the answer the gateway gives. */
    private TestHttp.Answer headOfAnOversizedPost(String path, String token, int length) throws IOException {
        java.net.URI base = java.net.URI.create(stack.gatewayUrl());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\nAuthorization: Bearer "
                    + token + "\r\nContent-Type: application/json\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // Connection: close on both sides, so the answer ends where the stream does.
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int endOfHead = answer.indexOf("\r\n\r\n");
            List<String> lines = List.of(answer.substring(0, endOfHead).split("\r\n"));
            Map<String, List<String>> headers = new HashMap<>();
            lines.subList(1, lines.size()).forEach(line -> headers.computeIfAbsent(
                    line.substring(0, line.indexOf(':')).trim().toLowerCase(), n -> new ArrayList<>())
                    .add(line.substring(line.indexOf(':') + 1).trim()));
            String body = answer.substring(endOfHead + 4);
            if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
                StringBuilder joined = new StringBuilder();
                int at = 0;
                for (int size; (size = Integer.parseInt(body.substring(at, body.indexOf("\r\n", at)).trim(), 16)) > 0; ) {
                    int start = body.indexOf("\r\n", at) + 2;
                    joined.append(body, start, start + size);
                    at = start + size + 2;
                }
                body = joined.toString();
            }
            return new TestHttp.Answer(Integer.parseInt(lines.get(0).split(" ")[1]),
                    java.net.http.HttpHeaders.of(headers, (name, value) -> true), body);
        }
    }
}
