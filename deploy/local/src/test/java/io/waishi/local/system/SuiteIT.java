package io.waishi.local.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.waishi.contracts.EventSchemas;
import io.waishi.contracts.EventType;
import io.waishi.local.LocalStack;
import io.waishi.local.SampleOffice;
import io.waishi.local.SampleRequests;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The whole suite as processes — Kafka broker, Mongo wire server, the sign-in provider, four services,
 * gateway — driven through the gateway with the provider's tokens (demo users signed in through its login form)
 * and read from Kafka as a partner system would; a browser signing in through the gateway, and a partner system
 * with client credentials. Also the faults: a
 * redelivered event, a poison record, and travel-service killed between writing an approval and
 * publishing it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteIT {

    private static final String DELEGATIONS = "waishi.travel.delegations";
    private static final String ACTIVITIES = "waishi.sister-city.activities";
    private static final String ITEMS = "waishi.publicity.items";

    /** Static, so it exists before {@code @BeforeAll}: an instance field would be injected only per test. */
    @TempDir
    static Path data;

    LocalStack stack;
    TestHttp gateway;
    String partnerCityId;
    SampleOffice office;
    /** The delegation to the partner city approved in the first step. */
    String approvedDelegationId;

    @BeforeAll
    void startTheSuite() {
        stack = LocalStack.builder()
                .repoRoot(SystemTests.repoRoot())
                .dataDir(data)
                .randomPorts()
                .quiet(true)
                .readinessTimeout(Duration.ofSeconds(240))
                .build()
                .start();
        gateway = new TestHttp(stack.gatewayUrl());
        TestHttp.Answer partner = gateway.post("/api/sister-cities/partner-cities", stack.token("sister"),
                TestHttp.json(SampleRequests.yorbaLinda()));
        assertThat(partner.status()).as(partner.body()).isEqualTo(201);
        partnerCityId = partner.json().get("id").asString();
        office = new SampleOffice(stack.gatewayUrl(), stack::token, 20).open();
    }

    @AfterAll
    void stopTheSuite() throws IOException {
        if (stack != null) {
            stack.close();
        }
        SystemTests.keepTheLogs(data, "suite-logs");
    }

    @Test
    @Order(1)
    void anApprovedDelegationReachesThreeTopicsAndBothDownstreamServices() {
        String delegationId = approveDelegationToPartner();
        approvedDelegationId = delegationId;

        ConsumerRecord<String, String> approved = await().atMost(Duration.ofSeconds(30))
                .until(() -> records(DELEGATIONS, EventType.DELEGATION_APPROVED, delegationId), list -> list.size() == 1)
                .get(0);
        CloudEvent approvedEvent = asCloudEvent(approved);
        assertThat(approvedEvent.getSource()).isEqualTo(URI.create("/waishi/travel-service"));
        assertThat(approvedEvent.getSubject()).isEqualTo(delegationId);
        assertThat(approvedEvent.getDataSchema()).isEqualTo(EventType.DELEGATION_APPROVED.dataSchema());
        assertThat(approvedEvent.getTime()).isNotNull();
        assertThat(TestKafka.header(approved, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");

        JsonNode activity = await().atMost(Duration.ofSeconds(30))
                .until(() -> activitiesOf(delegationId), list -> list.size() == 1).get(0);
        assertThat(activity.get("direction").asString()).isEqualTo("OUTBOUND");
        assertThat(activity.get("status").asString()).isEqualTo("PLANNED");
        JsonNode draft = await().atMost(Duration.ofSeconds(30))
                .until(() -> draftsAbout(delegationId), list -> list.size() == 1).get(0);
        assertThat(draft.get("kind").asString()).isEqualTo("NEWS");

        ConsumerRecord<String, String> recorded = await().atMost(Duration.ofSeconds(30))
                .until(() -> records(ACTIVITIES, EventType.ACTIVITY_RECORDED, activity.get("id").asString()),
                        list -> list.size() == 1).get(0);
        ConsumerRecord<String, String> drafted = await().atMost(Duration.ofSeconds(30))
                .until(() -> records(ITEMS, EventType.ITEM_DRAFTED, draft.get("id").asString()),
                        list -> list.size() == 1).get(0);
        for (ConsumerRecord<String, String> record : List.of(approved, recorded, drafted)) {
            CloudEvent event = asCloudEvent(record);
            EventType type = EventType.byTypeName(event.getType()).orElseThrow();
            assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            assertThat(event.getSubject()).isEqualTo(record.key());
            assertThat(EventSchemas.problems(type, new String(event.getData().toBytes(), StandardCharsets.UTF_8)))
                    .as(record.value()).isEmpty();
        }
        // The trace of the approval continues in the events its consumers published.
        String traceId = TestKafka.header(approved, "traceparent").substring(3, 35);
        assertThat(TestKafka.header(recorded, "traceparent")).contains(traceId);
        assertThat(TestKafka.header(drafted, "traceparent")).contains(traceId);
    }

    @Test
    @Order(2)
    void anApprovalDeliveredThreeTimesLeavesOneActivityAndOneDraft() {
        String delegationId = approveDelegationToPartner();
        ConsumerRecord<String, String> approved = await().atMost(Duration.ofSeconds(30))
                .until(() -> records(DELEGATIONS, EventType.DELEGATION_APPROVED, delegationId), list -> list.size() == 1)
                .get(0);
        await().atMost(Duration.ofSeconds(30)).until(() -> activitiesOf(delegationId).size() == 1);

        for (int redelivery = 0; redelivery < 2; redelivery++) {
            TestKafka.publish(stack.kafkaBootstrapServers(), new ProducerRecord<>(approved.topic(), null, approved.key(),
                    approved.value(), approved.headers()));
        }
        // Everything published before this later approval has been consumed once its effects are visible.
        String later = approveDelegationToPartner();
        await().atMost(Duration.ofSeconds(30)).until(() -> activitiesOf(later).size() == 1 && draftsAbout(later).size() == 1);

        assertThat(records(DELEGATIONS, EventType.DELEGATION_APPROVED, delegationId)).hasSize(3);
        assertThat(activitiesOf(delegationId)).hasSize(1);
        assertThat(draftsAbout(delegationId)).hasSize(1);
    }

    @Test
    @Order(3)
    void aPoisonRecordIsDeadLetteredAndTheNextRecordIsProcessed() {
        String poisonId = TestKafka.newId();
        TestKafka.publish(stack.kafkaBootstrapServers(),
                TestKafka.cloudEvent(EventType.DELEGATION_APPROVED, poisonId, TestKafka.newId(), "{\"delegationId\": "));
        String next = approveDelegationToPartner();

        await().atMost(Duration.ofSeconds(30)).until(() -> activitiesOf(next).size() == 1 && draftsAbout(next).size() == 1);
        assertThat(TestKafka.readAll(stack.kafkaBootstrapServers(), DELEGATIONS + ".DLT"))
                .filteredOn(record -> poisonId.equals(TestKafka.header(record, "ce_id")))
                .extracting(record -> TestKafka.header(record, "kafka_dlt-original-consumer-group"))
                .contains("sister-city-service", "publicity-service");
        String admin = stack.token("admin");
        for (String service : List.of("sister-cities", "publicity")) {
            JsonNode deadLetters = await().atMost(Duration.ofSeconds(30)).until(
                    () -> gateway.get("/api/" + service + "/admin/dead-letters?status=OPEN", admin).json(),
                    page -> page.get("items").findValuesAsString("value").contains("{\"delegationId\": "));
            assertThat(deadLetters.get("items").get(0).get("failure").asString()).contains("UnreadableEventException");
        }
        assertThat(gateway.get("/api/sister-cities/admin/dead-letters", stack.token("director")).status()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void anApprovalWrittenJustBeforeACrashIsPublishedExactlyOnceAfterTheRestart() {
        // The relay is off, so the approval is written with its event and the event is not sent; then kill -9.
        stack.stop(LocalStack.TRAVEL);
        stack.start(LocalStack.TRAVEL, Map.of("WAISHI_OUTBOX_RELAY_ENABLED", "false"));
        String delegationId = approveDelegationToPartner();
        stack.kill(LocalStack.TRAVEL);
        assertThat(records(DELEGATIONS, EventType.DELEGATION_APPROVED, delegationId)).isEmpty();

        stack.start(LocalStack.TRAVEL);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> records(DELEGATIONS, EventType.DELEGATION_APPROVED, delegationId), list -> list.size() == 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> activitiesOf(delegationId).size() == 1 && draftsAbout(delegationId).size() == 1);
        // A later approval proves the consumers are past it: still exactly one of each, one event.
        String later = approveDelegationToPartner();
        await().atMost(Duration.ofSeconds(30)).until(() -> activitiesOf(later).size() == 1);
        assertThat(records(DELEGATIONS, EventType.DELEGATION_APPROVED, delegationId)).hasSize(1);
        assertThat(records(DELEGATIONS, EventType.DELEGATION_SUBMITTED, delegationId)).hasSize(1);
        assertThat(activitiesOf(delegationId)).hasSize(1);
        assertThat(draftsAbout(delegationId)).hasSize(1);
    }

    @Test
    @Order(5)
    void theGatewayRefusesWhatItMust() {
        assertThat(gateway.get("/api/travel/delegations", null).status()).isEqualTo(401);
        assertThat(gateway.get("/api/travel/delegations", "not-a-token").status()).isEqualTo(401);
        assertThat(gateway.get("/api/travel/admin/dead-letters", stack.token("clerk")).status()).isEqualTo(403);
        assertThat(gateway.get("/actuator/gateway/routes", stack.token("admin")).status()).isNotEqualTo(200);
        // A clerk sees only the files of the clerk's own unit, also through the gateway.
        JsonNode otherUnit = gateway.get("/api/travel/delegations", stack.token("health-clerk")).json();
        assertThat(otherUnit.get("total").asInt()).isZero();
    }

    @Test
    @Order(6)
    void aVisitFromThePartnerApprovedAndCompletedInReceptionIsAnExchangePlannedThenHeldInSisterCity() {
        LocalDate arrival = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20);
        String reception = stack.token("reception");
        String director = stack.token("director");
        TestHttp.Answer requested = gateway.post("/api/receptions/visits", reception, TestHttp.json(Map.of(
                "title", Map.of("zh", "友好城市代表团来访", "en", "Partner city delegation"),
                "invitingDepartment", "市外事办", "partnerCityId", partnerCityId, "countries", List.of("US"),
                "arrivalDate", arrival.toString(), "departureDate", arrival.plusDays(3).toString(), "guestCount", 8,
                "hostingMode", "FULL")));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String visitId = requested.json().get("id").asString();
        String etag = visitAct(visitId, "approve-invitation", director, requested.header("ETag"), null);

        JsonNode planned = await().atMost(Duration.ofSeconds(30))
                .until(() -> activitiesOf(visitId), list -> list.size() == 1).get(0);
        assertThat(planned.get("direction").asString()).isEqualTo("INBOUND");
        assertThat(planned.get("status").asString()).isEqualTo("PLANNED");
        assertThat(planned.get("delegationSize").asInt()).isEqualTo(8);

        etag = visitAct(visitId, "send-invitation", reception, etag, null);
        TestHttp.Answer plan = gateway.send(gateway.request("/api/receptions/visits/" + visitId + "/plan", reception)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(TestHttp.json(Map.of("items", List.of(Map.of("id", "talks",
                        "start", arrival.plusDays(1) + "T09:00", "end", arrival.plusDays(1) + "T10:30", "kind",
                        "TALKS", "title", Map.of("zh", "会谈", "en", "Talks"))))))).build());
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        etag = visitAct(visitId, "submit-plan", reception, etag, null);
        etag = visitAct(visitId, "approve-plan", director, etag, null);
        etag = visitAct(visitId, "start", reception, etag, null);
        visitAct(visitId, "complete", reception, etag, Map.of("summary", Map.of("zh", "签署农业合作备忘录",
                "en", "A farming memorandum")));

        JsonNode held = await().atMost(Duration.ofSeconds(30)).until(() -> activitiesOf(visitId),
                list -> list.size() == 1 && list.get(0).get("status").asString().equals("HELD")).get(0);
        assertThat(held.get("outcome").get("en").asString()).isEqualTo("A farming memorandum");
    }

    @Test
    @Order(7)
    void aSafetyAlertRaisedInPublicityWarnsTheApprovedTripToThatCountryInTravel() {
        TestHttp.Answer opened = gateway.post("/api/publicity/countries", stack.token("editor"), TestHttp.json(Map.of(
                "countryCode", "US", "profile", Map.of("name", Map.of("zh", "美国", "en", "United States")))));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        TestHttp.Answer raised = gateway.post("/api/publicity/countries/US/alert-level", stack.token("leader"),
                TestHttp.json(Map.of("level", 3, "summary", Map.of("zh", "谨慎前往（系统测试）",
                        "en", "Travel with caution (system test)"))));
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);

        // Published by publicity as partners read it, and consumed by travel as published.
        ConsumerRecord<String, String> announced = await().atMost(Duration.ofSeconds(30))
                .until(() -> records("waishi.publicity.countries", EventType.COUNTRY_ALERT_LEVEL_CHANGED, "US"),
                        list -> list.size() == 1).get(0);
        assertThat(EventSchemas.problems(EventType.COUNTRY_ALERT_LEVEL_CHANGED, announced.value())).isEmpty();
        JsonNode warnings = await().atMost(Duration.ofSeconds(30)).until(() -> gateway.get(
                "/api/travel/delegations/" + approvedDelegationId, stack.token("officer")).json().get("safetyWarnings"),
                list -> list.size() == 1);
        assertThat(warnings.get(0).get("countryCode").asString()).isEqualTo("US");
        assertThat(warnings.get(0).get("level").asInt()).isEqualTo(3);
    }

    @Test
    @Order(8)
    void aBrowserSignsInThroughTheGatewayWorksWithCsrfAndSignsOut() {
        Browser browser = new Browser();
        String page = stack.gatewayUrl() + "/api/travel/delegations";

        // not signed in: an HTML request goes to the provider with PKCE
        HttpResponse<String> start = browser.get(page, "text/html");
        assertThat(start.statusCode()).isEqualTo(302);
        HttpResponse<String> authorization = browser.get(location(start), "text/html");
        assertThat(authorization.statusCode()).isEqualTo(302);
        String authorize = location(authorization);
        assertThat(authorize).startsWith(stack.identityUrl() + "/oauth2/authorize?");
        assertThat(query(authorize)).containsEntry("client_id", "waishi-console")
                .containsEntry("redirect_uri", stack.consoleRedirectUri())
                .containsEntry("code_challenge_method", "S256").containsKey("code_challenge");

        // the provider's login form signs the demo clerk in and sends the code back to the gateway
        HttpResponse<String> toLogin = browser.get(authorize, "text/html");
        assertThat(location(toLogin)).isEqualTo(stack.identityUrl() + "/login");
        HttpResponse<String> form = browser.get(location(toLogin), "text/html");
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as(form.body()).isTrue();
        HttpResponse<String> loggedIn = browser.postForm(stack.identityUrl() + "/login", Map.of("username", "clerk",
                "password", LocalStack.DEMO_PASSWORD, "_csrf", csrf.group(1)));
        assertThat(location(loggedIn)).doesNotContain("error");
        HttpResponse<String> toCallback = browser.get(location(loggedIn), "text/html");
        assertThat(location(toCallback)).startsWith(stack.consoleRedirectUri() + "?code=");
        HttpResponse<String> callback = browser.get(location(toCallback), "text/html");
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(302);
        assertThat(location(callback)).as("back to the page asked for").isEqualTo(page);

        // the session reaches the services with the clerk's roles and unit
        HttpResponse<String> me = browser.get(stack.gatewayUrl() + "/api/me", "application/json");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        JsonNode user = TestHttp.JSON_MAPPER.readTree(me.body());
        assertThat(user.get("subject").asString()).isEqualTo("clerk");
        assertThat(user.get("roles").toString()).isEqualTo("[\"UNIT_CLERK\"]");
        assertThat(user.get("unit").asString()).isEqualTo("U-EDU");
        HttpResponse<String> files = browser.get(page, "application/json");
        assertThat(files.statusCode()).as(files.body()).isEqualTo(200);
        assertThat(files.body()).contains("\"items\"");

        // changes need the CSRF header that echoes the XSRF-TOKEN cookie
        String plan = TestHttp.json(SampleRequests.delegationTo(partnerCityId, LocalDate.now().plusDays(90), null));
        HttpResponse<String> forged = browser.postJson(page, plan, null);
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
        String xsrf = browser.cookie("XSRF-TOKEN");
        HttpResponse<String> drafted = browser.postJson(page, plan, xsrf);
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        assertThat(TestHttp.JSON_MAPPER.readTree(drafted.body()).get("status").asString()).isEqualTo("DRAFT");

        // signing out ends the session at the gateway and at the provider, and comes back to the gateway
        HttpResponse<String> logout = browser.postJson(stack.gatewayUrl() + "/logout", "", xsrf);
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(location(logout)).startsWith(stack.identityUrl() + "/connect/logout?").contains("id_token_hint=");
        HttpResponse<String> providerLogout = browser.get(location(logout), "text/html");
        assertThat(location(providerLogout)).startsWith(stack.gatewayUrl() + "/");
        assertThat(browser.get(stack.gatewayUrl() + "/api/me", "application/json").statusCode()).isEqualTo(401);
        assertThat(browser.get(page, "application/json").statusCode()).isEqualTo(401);
    }

    @Test
    @Order(9)
    void aPartnerSystemReadsThroughTheGatewayWithClientCredentialsAndChangesNothing() throws Exception {
        HttpResponse<String> issued = new Browser().send(HttpRequest.newBuilder(
                        URI.create(stack.identityUrl() + "/oauth2/token"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (LocalStack.PARTNER_CLIENT_ID + ":" + LocalStack.PARTNER_CLIENT_SECRET)
                                .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=api.read")));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        String partner = TestHttp.JSON_MAPPER.readTree(issued.body()).get("access_token").asString();

        TestHttp.Answer cities = gateway.get("/api/sister-cities/partner-cities", partner);
        assertThat(cities.status()).as(cities.body()).isEqualTo(200);
        assertThat(cities.body()).contains(partnerCityId);
        TestHttp.Answer write = gateway.post("/api/sister-cities/partner-cities", partner,
                TestHttp.json(SampleRequests.yorbaLinda()));
        assertThat(write.status()).as(write.body()).isEqualTo(403);

        // a token is as good as the key that signs it: the provider's key, read from its database, makes one the
        // stack accepts (the control of ApiSecurityIT's forged tokens, which differ only in one claim each)
        String minted = ForgedTokens.withProviderKey(stack).director(stack.issuer(), stack.audience(),
                java.time.Instant.now().plus(Duration.ofMinutes(5)));
        assertThat(gateway.get("/api/travel/delegations", minted).status()).isEqualTo(200);
    }

    /** A browser: keeps cookies, follows no redirect, so each step of the sign-in is visible. */
    private static final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(String url, String accept) {
            return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
        }

        HttpResponse<String> postForm(String url, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> postJson(String url, String json, String xsrfToken) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
            if (xsrfToken != null) {
                request.header("X-XSRF-TOKEN", xsrfToken);
            }
            return send(request);
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(HttpCookie::getValue).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + cookies.getCookieStore()
                            .getCookies()));
        }

        HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The decoded query parameters of a URL (Spring leaves some characters of a redirect URI unencoded). */
    private static Map<String, String> query(String url) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        String query = url.substring(url.indexOf('?') + 1);
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, Math.max(eq, 0)), java.net.URLDecoder.decode(pair.substring(eq + 1),
                    StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no Location header; status " + response.statusCode() + ": " + response.body()));
        return response.uri().resolve(location).toString(); // absolute, whatever the server sent
    }

    private String visitAct(String visitId, String act, String token, String etag, Object body) {
        TestHttp.Answer answer = gateway.send(gateway.request("/api/receptions/visits/" + visitId + "/" + act, token)
                .header("If-Match", etag).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(TestHttp.json(body)))
                .build());
        assertThat(answer.status()).as(act + ": " + answer.body()).isEqualTo(200);
        return answer.header("ETag");
    }

    /**
     * A delegation to the partner city drafted, submitted, signed and accepted through the gateway by the
     * bureau's and the office's staff, then approved by the director; returns its id.
     */
    private String approveDelegationToPartner() {
        SampleOffice.AcceptedFile file = office.acceptedFile(partnerCityId);
        TestHttp.Answer approved = gateway.send(gateway.request("/api/travel/delegations/" + file.id() + "/approve",
                        stack.token("director"))
                .header("If-Match", file.etag()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestHttp.json(SampleOffice.approval())))
                .build());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("approvingLevel").asString()).isEqualTo("CITY_GOVERNMENT");
        return file.id();
    }

    private List<JsonNode> activitiesOf(String delegationId) {
        JsonNode page = gateway.get("/api/sister-cities/partner-cities/" + partnerCityId + "/activities?size=100",
                stack.token("sister")).json();
        return page.get("items").valueStream()
                .filter(item -> delegationId.equals(item.get("origin").get("id").asString()))
                .toList();
    }

    private List<JsonNode> draftsAbout(String delegationId) {
        JsonNode page = gateway.get("/api/publicity/items?status=DRAFT&size=100", stack.token("editor")).json();
        return page.get("items").valueStream()
                .filter(item -> item.get("origin").has("subject")
                        && delegationId.equals(item.get("origin").get("subject").asString()))
                .toList();
    }

    private List<ConsumerRecord<String, String>> records(String topic, EventType type, String key) {
        return TestKafka.readAll(stack.kafkaBootstrapServers(), topic).stream()
                .filter(record -> key.equals(record.key()))
                .filter(record -> type.typeName().equals(TestKafka.header(record, "ce_type")))
                .toList();
    }

    /** Reads the record with the CloudEvents SDK, as a partner would. */
    private static CloudEvent asCloudEvent(ConsumerRecord<String, String> record) {
        MessageReader reader = KafkaMessageFactory.createReader(record.headers(),
                record.value().getBytes(StandardCharsets.UTF_8));
        return reader.toEvent();
    }
}
