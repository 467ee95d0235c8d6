package io.waishi.travel.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.contracts.EventSchemas;
import io.waishi.contracts.EventType;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.platform.testing.TestTokens;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

/** A delegation's life over HTTP, on a real Kafka broker and the Mongo wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestTokens.KEY_PROPERTY, TestTokens.ISSUER_PROPERTY, TestTokens.AUDIENCE_PROPERTY,
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1)
class DelegationLifecycleIT {

    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    TestHttp http;
    final String clerk = TestTokens.user("li.clerk").roles("UNIT_CLERK").unit("U-EDU").build();
    final String otherUnitClerk = TestTokens.user("wang.clerk").roles("UNIT_CLERK").unit("U-HEALTH").build();
    final String director = TestTokens.token("zhao.director", "FAO_DIRECTOR");
    final String officer = TestTokens.token("sun.officer", "FAO_OFFICER");

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://127.0.0.1:" + port);
    }

    @Test
    void aClerkDraftsAndSubmitsAndADirectorApprovesAndPartnersSeeBothEvents() {
        TestHttp.Answer drafted = http.post("/api/travel/delegations", clerk, draftJson("JP"));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String id = drafted.json().get("id").asString();
        assertThat(drafted.header("Location")).isEqualTo("/api/travel/delegations/" + id);
        assertThat(drafted.json().get("status").asString()).isEqualTo("DRAFT");

        TestHttp.Answer submitted = command(id, "submit", clerk, drafted.header("ETag"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        TestHttp.Answer approved = command(id, "approve", director, submitted.header("ETag"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("history").size()).isEqualTo(2);

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20))
                .until(() -> recordsAbout(id), list -> list.size() == 2);
        assertThat(records).extracting(r -> TestKafka.header(r, "ce_type"))
                .containsExactly(EventType.DELEGATION_SUBMITTED.typeName(), EventType.DELEGATION_APPROVED.typeName());
        for (ConsumerRecord<String, String> record : records) {
            EventType type = EventType.byTypeName(TestKafka.header(record, "ce_type")).orElseThrow();
            assertThat(EventSchemas.problems(type, record.value())).as(record.value()).isEmpty();
            assertThat(record.value()).doesNotContain("Li Ming").doesNotContain("Interpreter");
        }
    }

    @Test
    void aPlanThatBreaksRulesIsRefusedWithEveryRuleAndParameterAndStaysADraft() {
        Map<String, Object> plan = completePlan("JP");
        plan.put("returnDate", "2027-03-15");
        plan.remove("budget");
        String id = http.post("/api/travel/delegations", clerk, TestHttp.json(plan)).json().get("id").asString();

        JsonNode precheck = http.get("/api/travel/delegations/" + id + "/precheck", clerk).json();
        assertThat(precheck.get("submittable").asBoolean()).isFalse();
        TestHttp.Answer refused = command(id, "submit", clerk, null);
        assertThat(refused.status()).isEqualTo(422);
        JsonNode problem = refused.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:waishi:problem:rule-violation");
        assertThat(problem.get("violations").findValuesAsString("code"))
                .containsExactlyInAnyOrder("MAX_DAYS_ABROAD", "BUDGET_MISSING");
        JsonNode days = problem.get("violations").valueStream()
                .filter(v -> v.get("code").asString().equals("MAX_DAYS_ABROAD")).findFirst().orElseThrow();
        assertThat(days.get("parameters").get("parameter").asString()).isEqualTo("MAX_DAYS_ONE_COUNTRY");
        assertThat(days.get("parameters").get("limit").asInt()).isEqualTo(5);
        assertThat(days.get("parameters").get("actual").asInt()).isEqualTo(6);
        assertThat(days.get("message").get("zh").asString()).isEqualTo(
                "在外6天，出访1国最多5天（含离、抵境当日；参数 MAX_DAYS_ONE_COUNTRY，依据 S1）");
        assertThat(days.get("message").get("en").asString()).contains("6 days abroad").contains("MAX_DAYS_ONE_COUNTRY");
        assertThat(http.get("/api/travel/delegations/" + id, clerk).json().get("status").asString()).isEqualTo("DRAFT");

        // The clerk adds the budget; the director waives the sixth day in writing; then it goes through.
        plan.put("budget", completePlan("JP").get("budget"));
        TestHttp.Answer revised = http.send(http.request("/api/travel/delegations/" + id, clerk)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(TestHttp.json(plan)))
                .build());
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(http.post("/api/travel/delegations/" + id + "/waivers", clerk,
                TestHttp.json(Map.of("ruleCode", "MAX_DAYS_ABROAD", "reason", "I would like one more day"))).status())
                .isEqualTo(403);
        TestHttp.Answer waived = http.post("/api/travel/delegations/" + id + "/waivers", director,
                TestHttp.json(Map.of("ruleCode", "MAX_DAYS_ABROAD", "reason", "The ministry moved the talks by one day")));
        assertThat(waived.status()).as(waived.body()).isEqualTo(200);
        assertThat(waived.json().get("waivers").get(0).get("grantedBy").asString()).isEqualTo("zhao.director");
        assertThat(http.get("/api/travel/delegations/" + id + "/precheck", clerk).json().get("submittable").asBoolean())
                .isTrue();
        assertThat(command(id, "submit", clerk, waived.header("ETag")).status()).isEqualTo(200);
    }

    @Test
    void anAdminChangesAParameterFromADateOnAndTheRulesFollowIt() {
        Map<String, Object> sixDays = completePlan("KR");
        sixDays.put("returnDate", "2027-03-15");
        JsonNode before = http.send(http.request("/api/travel/delegations/precheck", clerk)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestHttp.json(sixDays))).build()).json();
        assertThat(before.get("violations").findValuesAsString("code")).contains("MAX_DAYS_ABROAD");

        String admin = TestTokens.token("ada", "ADMIN");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        TestHttp.Answer refusedForDirector = http.post("/api/travel/policy/MAX_DAYS_ONE_COUNTRY/values", director,
                TestHttp.json(Map.of("value", 6, "effectiveFrom", today, "source", "Test notice")));
        assertThat(refusedForDirector.status()).isEqualTo(403);
        TestHttp.Answer changed = http.post("/api/travel/policy/MAX_DAYS_ONE_COUNTRY/values", admin,
                TestHttp.json(Map.of("value", 6, "effectiveFrom", today, "source", "Test notice")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("current").get("source").asString()).isEqualTo("Test notice");

        JsonNode after = http.send(http.request("/api/travel/delegations/precheck", clerk)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestHttp.json(sixDays))).build()).json();
        assertThat(after.get("submittable").asBoolean()).as(after.toString()).isTrue();

        // Put it back for the other tests of this context, from tomorrow on: the past is never rewritten.
        TestHttp.Answer yesterday = http.post("/api/travel/policy/MAX_DAYS_ONE_COUNTRY/values", admin,
                TestHttp.json(Map.of("value", 5, "effectiveFrom", "2020-01-01", "source", "Retroactive")));
        assertThat(yesterday.status()).isEqualTo(403);
        assertThat(http.post("/api/travel/policy/MAX_DAYS_ONE_COUNTRY/values", admin,
                TestHttp.json(Map.of("value", 5, "effectiveFrom", today, "source", "S1"))).status()).isEqualTo(200);
    }

    @Test
    void everyoneCanReadThePolicyWithItsSources() {
        JsonNode policy = http.get("/api/travel/policy", clerk).json();
        assertThat(policy.findValuesAsString("key")).contains("MAX_COUNTRIES_PER_TRIP", "MAX_DELEGATION_SIZE");
        JsonNode size = policy.valueStream().filter(p -> p.get("key").asString().equals("MAX_DELEGATION_SIZE"))
                .findFirst().orElseThrow();
        assertThat(size.get("current").get("value").asInt()).isEqualTo(6);
        assertThat(size.get("current").get("source").asString()).isEqualTo("S1, S2");
        assertThat(size.get("description").get("zh").asString()).contains("团组人数");
    }

    @Test
    void theCalendarCountsWorkingDays() {
        JsonNode answer = http.get("/api/travel/calendar/working-days?from=2026-11-20&days=5", clerk).json();
        assertThat(answer.get("date").asString()).isEqualTo("2026-11-27");
        assertThat(http.send(http.request("/api/travel/calendar", clerk).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(TestHttp.json(Map.of("zone", "Asia/Shanghai",
                        "weekend", List.of("SATURDAY", "SUNDAY"), "holidays", List.of(), "workingWeekendDays", List.of()))))
                .build()).status()).isEqualTo(403);
    }

    @Test
    void aStaleIfMatchChangesNothing() {
        String id = http.post("/api/travel/delegations", clerk, draftJson("KR")).json().get("id").asString();
        TestHttp.Answer stale = command(id, "submit", clerk, "\"7\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:waishi:problem:precondition-failed");
        assertThat(http.get("/api/travel/delegations/" + id, clerk).json().get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void anotherUnitsFileDoesNotExistForAClerk() {
        String id = http.post("/api/travel/delegations", clerk, draftJson("KR")).json().get("id").asString();
        assertThat(http.get("/api/travel/delegations/" + id, otherUnitClerk).status()).isEqualTo(404);
        assertThat(command(id, "submit", otherUnitClerk, null).status()).isEqualTo(404);
        JsonNode otherUnitsList = http.get("/api/travel/delegations?unit=U-EDU", otherUnitClerk).json();
        assertThat(otherUnitsList.get("items").findValuesAsString("id")).doesNotContain(id);
    }

    @Test
    void onlyADirectorApprovesAndOnlyASubmittedFile() {
        String id = http.post("/api/travel/delegations", clerk, draftJson("KR")).json().get("id").asString();
        TestHttp.Answer tooEarly = command(id, "approve", director, null);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("state").asString()).isEqualTo("DRAFT");
        command(id, "submit", clerk, null);
        assertThat(command(id, "approve", officer, null).status()).isEqualTo(403);
        assertThat(command(id, "approve", director, null).status()).isEqualTo(200);
    }

    @Test
    void invalidDraftsAreRefusedWithEveryFieldAtFault() {
        TestHttp.Answer answer = http.post("/api/travel/delegations", clerk, TestHttp.json(Map.of(
                "title", Map.of("zh", ""), "destinationCountries", List.of("japan"), "members", List.of())));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").findValuesAsString("field"))
                .contains("title.zh", "category", "destinationCountries[0]", "departureDate", "returnDate", "members");
    }

    @Test
    void clientsCannotSetStatusOrIds() {
        Map<String, Object> body = new java.util.HashMap<>(TestHttp.JSON_MAPPER.readValue(draftJson("JP"), Map.class));
        body.put("status", "APPROVED");
        body.put("id", "chosen-by-client");
        body.put("createdBy", "someone-else");
        JsonNode created = http.post("/api/travel/delegations", clerk, TestHttp.json(body)).json();
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.get("id").asString()).isNotEqualTo("chosen-by-client");
        assertThat(created.get("createdBy").asString()).isEqualTo("li.clerk");
    }

    @Test
    void pageSizeIsClamped() {
        JsonNode page = http.get("/api/travel/delegations?size=5000", officer).json();
        assertThat(page.get("size").asInt()).isEqualTo(100);
    }

    private TestHttp.Answer command(String id, String act, String token, String ifMatch) {
        HttpRequest.Builder request = http.request("/api/travel/delegations/" + id + "/" + act, token)
                .POST(HttpRequest.BodyPublishers.noBody());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }

    private List<ConsumerRecord<String, String>> recordsAbout(String id) {
        return TestKafka.readAll(brokers, "waishi.travel.delegations").stream()
                .filter(record -> id.equals(record.key()))
                .toList();
    }

    static String draftJson(String country) {
        return TestHttp.json(completePlan(country));
    }

    /** A plan that breaks no travel rule, as the office console would send it. */
    static Map<String, Object> completePlan(String country) {
        Map<String, Object> plan = new java.util.LinkedHashMap<>();
        plan.put("title", Map.of("zh", "赴日本教育交流", "en", "Education exchange"));
        plan.put("category", "GOVERNMENT_EXCHANGE");
        plan.put("partnerCityId", "7d0c2f9e-3a34-4d0c-9a53-3f1e2b0c9d11");
        plan.put("destinationCountries", List.of(country));
        plan.put("departureDate", "2027-03-10");
        plan.put("returnDate", "2027-03-14");
        plan.put("members", List.of(
                Map.of("name", "Li Ming", "unit", "U-EDU", "post", "Deputy director", "rank", "DIVISION", "role", "LEADER"),
                Map.of("name", "Chen Jing", "unit", "U-EDU", "post", "Interpreter", "role", "INTERPRETER")));
        plan.put("schedule", List.of(
                Map.of("date", "2027-03-11", "activity", "Talks with the education board", "hours", 6, "official", true),
                Map.of("date", "2027-03-12", "activity", "School visits", "hours", 6, "official", true)));
        plan.put("tasks", List.of("Sign the teacher exchange memorandum"));
        plan.put("invitation", Map.of("invitingBody", "Nara City Board of Education", "signer", "Superintendent",
                "inviterKind", "GOVERNMENT_BODY", "translationAttached", true));
        plan.put("budget", Map.of("items", List.of(Map.of("description", "Air tickets", "amountYuan", 16000)),
                "fundingSource", "Unit budget 2027", "financeSealConfirmed", true));
        return plan;
    }
}
