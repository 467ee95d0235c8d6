package io.waishi.reception.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.contracts.EventSchemas;
import io.waishi.contracts.EventType;
import io.waishi.platform.demo.DemoDataSet;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.reception.ReceptionOverHttp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A visit's life over HTTP, on a real Kafka broker and the Mongo wire server, read as a partner reads it. */
@TestPropertySource(properties = "waishi.demo-data.enabled=true")
class VisitLifecycleIT extends ReceptionOverHttp {

    static final String VISITS = "/api/receptions/visits";
    static final String TOPIC = "waishi.reception.visits";
    /** The demo data's fixed ids (see ReceptionDemoData). */
    static final List<String> DEMO_VISIT_IDS =
            List.of("5f3b9a1e-0c4d-4e2a-9b7f-1997060000a1", "5f3b9a1e-0c4d-4e2a-9b7f-2015102300b2");

    @Autowired
    Visits visits;
    @Autowired
    List<DemoDataSet> demoData;

    @Test
    void aReceptionOfficerRequestsAVisitAndPartnersReadTheEvent() {
        TestHttp.Answer requested = http.post(VISITS, reception, bonghwaJson());
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String id = requested.json().get("id").asString();
        assertThat(requested.header("Location")).isEqualTo(VISITS + "/" + id);
        assertThat(requested.header("ETag")).isEqualTo("\"0\"");
        assertThat(requested.json().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(requested.json().get("requestedBy").asString()).isEqualTo("zhou.reception");
        assertThat(requested.json().get("hostingMode").asString()).isEqualTo("FULL");
        assertThat(requested.json().get("history").get(0).get("to").asString()).isEqualTo("REQUESTED");

        TestHttp.Answer read = http.get(VISITS + "/" + id, director);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo(requested.header("ETag"));
        assertThat(((ObjectNode) read.json()).without("actions")).as("what the command answered is what was stored")
                .isEqualTo(((ObjectNode) requested.json()).without("actions"));
        assertThat(requested.json().get("actions").valueStream().map(JsonNode::asString).toList())
                .as("the reception officer may cancel").containsExactly("CANCEL");
        assertThat(read.json().get("actions").valueStream().map(JsonNode::asString).toList())
                .as("the director may approve or cancel").containsExactly("APPROVE_INVITATION", "CANCEL");

        ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(20))
                .until(() -> recordsAbout(id), list -> list.size() == 1).get(0);
        assertThat(record.key()).isEqualTo(id);
        assertThat(TestKafka.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(UUID.fromString(TestKafka.header(record, "ce_id"))).isNotNull();
        assertThat(TestKafka.header(record, "ce_source")).isEqualTo("/waishi/reception-service");
        assertThat(TestKafka.header(record, "ce_type")).isEqualTo(EventType.VISIT_REQUESTED.typeName());
        assertThat(TestKafka.header(record, "ce_subject")).isEqualTo(id);
        assertThat(TestKafka.header(record, "ce_dataschema")).isEqualTo(EventType.VISIT_REQUESTED.dataSchema().toString());
        assertThat(TestKafka.header(record, "content-type")).isEqualTo("application/json");
        assertThat(Instant.parse(TestKafka.header(record, "ce_time"))).isNotNull();
        assertThat(EventSchemas.problems(EventType.VISIT_REQUESTED, record.value())).as(record.value()).isEmpty();

        JsonNode data = TestHttp.JSON_MAPPER.readTree(record.value());
        assertThat(data.propertyNames()).containsExactlyInAnyOrder("visitId", "title", "invitingDepartment",
                "partnerCityId", "arrivalDate", "departureDate", "guestCount", "requestedAt");
        assertThat(data.get("visitId").asString()).isEqualTo(id);
        assertThat(data.get("arrivalDate").asString()).isEqualTo("2027-06-15");
        assertThat(data.get("guestCount").asInt()).isEqualTo(12);
        assertThat(data.get("requestedAt").asString()).isEqualTo(requested.json().get("requestedAt").asString());
    }

    @Test
    void aVisitWithoutPartnerCityOrEnglishTitleStillMatchesTheContract() {
        TestHttp.Answer requested = http.post(VISITS, faoOfficer, TestHttp.json(Map.of(
                "title", Map.of("zh", "日本友好人士来访"), "invitingDepartment", "市文化和旅游局",
                "arrivalDate", "2027-09-01", "departureDate", "2027-09-01", "guestCount", 1,
                "hostingMode", "SELF_PAID", "countries", List.of("JP"))));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String id = requested.json().get("id").asString();

        String value = await().atMost(Duration.ofSeconds(20))
                .until(() -> recordsAbout(id), list -> list.size() == 1).get(0).value();
        assertThat(EventSchemas.problems(EventType.VISIT_REQUESTED, value)).as(value).isEmpty();
        JsonNode data = TestHttp.JSON_MAPPER.readTree(value);
        assertThat(data.has("partnerCityId")).as(value).isFalse();
        assertThat(data.get("title").propertyNames()).as(value).containsExactly("zh");
    }

    @Test
    void invalidRequestsAreRefusedWithEveryFieldAtFault() {
        TestHttp.Answer answer = http.post(VISITS, reception, TestHttp.json(Map.of(
                "title", Map.of("zh", ""), "invitingDepartment", " ", "partnerCityId", "Bonghwa",
                "guestCount", 0, "hostingMode", "FREE")));
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:waishi:problem:validation");
        assertThat(answer.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title.zh",
                "invitingDepartment", "partnerCityId", "arrivalDate", "departureDate", "guestCount", "hostingMode",
                "countries");
        assertThat(messageFor(answer, "guestCount")).isEqualTo("must be at least 1 guest");
        assertThat(messageFor(answer, "hostingMode")).isEqualTo("must be FULL, PARTIAL or SELF_PAID");
    }

    @Test
    void aDepartureBeforeTheArrivalIsRefusedOnTheDepartureDate() {
        Map<String, Object> body = bonghwa();
        body.put("departureDate", "2027-06-14");
        TestHttp.Answer answer = http.post(VISITS, reception, TestHttp.json(body));
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("errors").findValuesAsString("field")).containsExactly("departureDate");
        assertThat(messageFor(answer, "departureDate")).isEqualTo("must not be before the arrival date");
    }

    @Test
    void onlyTheOfficeAuditorsAndAdminsSeeVisitsAndOnlyOfficersRequestThem() {
        String id = http.post(VISITS, reception, bonghwaJson()).json().get("id").asString();

        TestHttp.Answer clerkRequests = http.post(VISITS, clerk, bonghwaJson());
        assertThat(clerkRequests.status()).isEqualTo(403);
        assertThat(clerkRequests.json().get("type").asString()).isEqualTo("urn:waishi:problem:forbidden");
        assertThat(http.get(VISITS + "/" + id, clerk).status()).isEqualTo(403);
        assertThat(http.get(VISITS + "/" + UUID.randomUUID(), clerk).status())
                .as("an unknown id looks the same as a known one").isEqualTo(403);
        assertThat(http.get(VISITS, clerk).status()).isEqualTo(403);

        assertThat(http.get(VISITS + "/" + id, auditor).status()).isEqualTo(200);
        assertThat(http.get(VISITS, auditor).status()).isEqualTo(200);
        assertThat(http.post(VISITS, auditor, bonghwaJson()).status()).as("auditors change nothing").isEqualTo(403);
        assertThat(http.post(VISITS, director, bonghwaJson()).status()).isEqualTo(403);
        assertThat(http.get(VISITS, null).status()).isEqualTo(401);
    }

    @Test
    void anUnknownVisitIsANotFoundProblem() {
        TestHttp.Answer answer = http.get(VISITS + "/" + UUID.randomUUID(), reception);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:waishi:problem:not-found");
    }

    @Test
    void clientsCannotSetStatusIdsOrAuditFields() {
        Map<String, Object> body = bonghwa();
        body.put("id", "chosen-by-client");
        body.put("status", "APPROVED");
        body.put("requestedBy", "someone-else");
        body.put("requestedAt", "2020-01-01T00:00:00Z");
        body.put("version", 42);
        JsonNode created = http.post(VISITS, reception, TestHttp.json(body)).json();
        assertThat(created.get("id").asString()).isNotEqualTo("chosen-by-client");
        assertThat(created.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(created.get("requestedBy").asString()).isEqualTo("zhou.reception");
        assertThat(created.get("requestedAt").asString()).doesNotStartWith("2020");
        assertThat(created.get("version").asLong()).isZero();
    }

    @Test
    void listsAreNewestFirstFilterableByStatusAndPaged() {
        String first = http.post(VISITS, reception, bonghwaJson()).json().get("id").asString();
        String second = http.post(VISITS, reception, bonghwaJson()).json().get("id").asString();

        JsonNode page = http.get(VISITS + "?status=REQUESTED&size=100", director).json();
        assertThat(page.get("items").findValuesAsString("id")).contains(first, second);
        assertThat(page.get("items").findValuesAsString("status")).containsOnly("REQUESTED");
        List<Instant> requestedAt = page.get("items").findValuesAsString("requestedAt").stream()
                .map(Instant::parse).toList();
        assertThat(requestedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));

        JsonNode firstPage = http.get(VISITS + "?size=1", director).json();
        assertThat(firstPage.get("items").size()).isEqualTo(1);
        assertThat(firstPage.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(http.get(VISITS + "?size=5000", director).json().get("size").asInt()).isEqualTo(100);
        assertThat(http.get(VISITS + "?page=-3&size=0", director).json().get("size").asInt()).isEqualTo(1);
        TestHttp.Answer farAway = http.get(VISITS + "?page=2147483647&size=100", director);
        assertThat(farAway.status()).as(farAway.body()).isEqualTo(200);
        assertThat(farAway.json().get("items").size()).as("not the first page again").isZero();
        assertThat(farAway.json().get("total").asLong()).isGreaterThanOrEqualTo(2);

        TestHttp.Answer badStatus = http.get(VISITS + "?status=HOSTED_ON_MARS", director);
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().get("errors").findValuesAsString("field")).containsExactly("status");
    }

    @Test
    void theDemoOfficeIsLoadedOnceThroughTheRealActsAndPublishedLikeAnyOther() {
        Map<String, String> expected = Map.of(DEMO_VISIT_IDS.get(0), "PLAN_APPROVED", DEMO_VISIT_IDS.get(1), "REQUESTED",
                "5f3b9a1e-0c4d-4e2a-9b7f-0000000000c3", "COMPLETED", "5f3b9a1e-0c4d-4e2a-9b7f-0000000000d4", "CANCELLED");
        Map<String, Long> versions = new HashMap<>();
        expected.forEach((id, status) -> {
            JsonNode visit = http.get(VISITS + "/" + id, reception).json();
            assertThat(visit.get("status").asString()).as(id).isEqualTo(status);
            assertThat(visit.get("requestedBy").asString()).isEqualTo("reception");
            versions.put(id, visits.findById(id).orElseThrow().version());
        });
        String requested = await().atMost(Duration.ofSeconds(20))
                .until(() -> recordsAbout(DEMO_VISIT_IDS.get(1)), list -> list.size() == 1).get(0).value();
        assertThat(EventSchemas.problems(EventType.VISIT_REQUESTED, requested)).as(requested).isEmpty();
        List<ConsumerRecord<String, String>> bonghwa = await().atMost(Duration.ofSeconds(20))
                .until(() -> recordsAbout(DEMO_VISIT_IDS.get(0)), list -> list.size() == 2);
        assertThat(TestKafka.header(bonghwa.get(1), "ce_type")).isEqualTo(EventType.VISIT_APPROVED.typeName());
        JsonNode plan = http.get(VISITS + "/" + DEMO_VISIT_IDS.get(0) + "/plan", reception).json();
        assertThat(plan.get("current").get("items").size()).isEqualTo(4);
        assertThat(http.get(VISITS + "/" + DEMO_VISIT_IDS.get(0) + "/guests", reception).json().get("guests").size())
                .isEqualTo(3);
        JsonNode hospitality = http.get(VISITS + "/" + DEMO_VISIT_IDS.get(0) + "/hospitality", reception).json();
        assertThat(hospitality.get("banquets").size()).isEqualTo(1);
        assertThat(hospitality.get("giftsReceived").get(0).get("declarationId").isNull()).isFalse();
        long count = visits.count();

        demoData.forEach(DemoDataSet::load);

        assertThat(visits.count()).isEqualTo(count);
        versions.forEach((id, version) -> assertThat(visits.findById(id).orElseThrow().version())
                .as("loading again changes nothing, so publishes nothing").isEqualTo(version));
    }

    private List<ConsumerRecord<String, String>> recordsAbout(String id) {
        return TestKafka.readAll(brokers, TOPIC).stream().filter(record -> id.equals(record.key())).toList();
    }

    private static String messageFor(TestHttp.Answer answer, String field) {
        for (JsonNode error : answer.json().get("errors")) {
            if (field.equals(error.get("field").asString())) {
                return error.get("message").asString();
            }
        }
        return null;
    }

    static Map<String, Object> bonghwa() {
        return new HashMap<>(Map.of(
                "title", Map.of("zh", "韩国奉化郡代表团来访", "en", "Bonghwa County delegation"),
                "invitingDepartment", "市外事办",
                "partnerCityId", VisitFixtures.BONGHWA_CITY_ID,
                "arrivalDate", "2027-06-15",
                "departureDate", "2027-06-18",
                "guestCount", 12,
                "hostingMode", "FULL",
                "countries", List.of("KR")));
    }

    static String bonghwaJson() {
        return TestHttp.json(bonghwa());
    }
}
