package io.waishi.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.waishi.platform.audit.AuditChain;
import io.waishi.platform.audit.AuditContext;
import io.waishi.platform.audit.AuditRecorder;
import io.waishi.platform.audit.AuditSweep;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail as a service gets it from the platform, over a real socket and the Mongo wire server: who
 * changed what from which state to which and why, without personal data; the auditor's API; crash safety.
 */
@SampleServiceTest
class AuditTrailIT {

    private static final String AUDIT = "/api/sample/audit";

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Permits permits;
    @Autowired
    AuditRecorder recorder;
    @Autowired
    AuditSweep sweep;
    @Autowired
    MeterRegistry meters;

    TestHttp http;
    final String clerk = TestTokens.user("li.clerk").roles("UNIT_CLERK").unit("U-EDU").build();
    final String director = TestTokens.user("zhao.director").roles("FAO_DIRECTOR", "FAO_OFFICER").unit("FAO").build();
    final String auditor = TestTokens.token("au.auditor", "AUDITOR");
    final String admin = TestTokens.token("ada.admin", "ADMIN");

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://127.0.0.1:" + port);
    }

    @Test
    void aStateChangeIsRecordedWithWhoWhatFromWhichStateToWhichAndWhy() {
        String id = requestPermit(clerk);
        TestHttp.Answer approved = http.post("/api/sample/permits/" + id + "/approve", director,
                TestHttp.json(Map.of("reason", "All documents in order")));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        JsonNode page = awaitRecords("?objectId=" + id, 2);
        JsonNode approval = page.get("items").get(0);
        assertThat(approval.get("actor").get("userId").asString()).isEqualTo("zhao.director");
        assertThat(approval.get("actor").get("roles").valueStream().map(JsonNode::asString))
                .containsExactly("FAO_DIRECTOR", "FAO_OFFICER");
        assertThat(approval.get("actor").get("unit").asString()).isEqualTo("FAO");
        assertThat(approval.get("actor").get("system").asBoolean()).isFalse();
        assertThat(approval.get("act").asString()).isEqualTo("POST /api/sample/permits/{id}/approve");
        assertThat(approval.get("objectType").asString()).isEqualTo("permits");
        assertThat(approval.get("aggregateType").asString()).isEqualTo("Permit");
        assertThat(approval.get("version").asLong()).isEqualTo(1);
        assertThat(approval.get("state").get("field").asString()).isEqualTo("status");
        assertThat(approval.get("state").get("from").asString()).isEqualTo("REQUESTED");
        assertThat(approval.get("state").get("to").asString()).isEqualTo("APPROVED");
        assertThat(approval.get("reason").asString()).isEqualTo("All documents in order");
        assertThat(approval.get("changes").toString()).isEqualTo(
                "[{\"path\":\"status\",\"from\":\"REQUESTED\",\"to\":\"APPROVED\"},{\"path\":\"history\",\"added\":[\"approved\"]}]");
        assertThat(Instant.parse(approval.get("at").asString())).isBeforeOrEqualTo(Instant.now());
        assertThat(approval.get("hash").asString()).matches("[0-9a-f]{64}");

        JsonNode request = page.get("items").get(1);
        assertThat(request.get("actor").get("userId").asString()).isEqualTo("li.clerk");
        assertThat(request.get("actor").get("unit").asString()).isEqualTo("U-EDU");
        assertThat(request.get("act").asString()).isEqualTo("POST /api/sample/permits");
        assertThat(request.get("state").has("from")).as("no state before the object existed").isFalse();
        assertThat(request.get("state").get("to").asString()).isEqualTo("REQUESTED");
        assertThat(request.has("reason")).isFalse();
        assertThat(approval.get("sequence").asLong()).isGreaterThan(request.get("sequence").asLong());
    }

    @Test
    void personalDataNeverEntersTheTrailButItsChangeDoes() {
        String id = requestPermit(clerk);

        JsonNode record = awaitRecords("?objectId=" + id, 1).get("items").get(0);
        Map<String, String> changed = new java.util.HashMap<>();
        record.get("changes").forEach(change -> changed.put(change.get("path").asString(),
                change.get("to").isString() ? change.get("to").asString() : change.get("to").toString()));
        assertThat(changed).containsEntry("sealedNumber", "[personal data]")
                .containsEntry("dateOfBirth", "[personal data]")
                .containsEntry("holderName", "[personal data]")
                .containsEntry("title", "Research visa")
                .containsEntry("status", "REQUESTED");
        String stored = mongo.findOne(Query.query(Criteria.where("objectId").is(id)), Document.class, AuditChain.COLLECTION)
                .toJson();
        for (String text : List.of(record.toString(), stored)) {
            assertThat(text).doesNotContain("E12345678", "1980", "Li Ming", "c2VhbGVk");
        }
    }

    @Test
    void theOutboxIsNotPartOfTheChange() {
        TestHttp.Answer created = http.post("/api/sample/cities", TestTokens.token("olga", "SISTER_CITY_OFFICER"),
                TestHttp.json(Map.of("name", "Kanazawa", "country", "JP")));
        assertThat(created.status()).isEqualTo(200);
        String id = created.json().get("id").asString();

        JsonNode record = awaitRecords("?objectId=" + id, 1).get("items").get(0);

        assertThat(record.get("changes").findValuesAsString("path")).containsExactly("name");
        assertThat(record.has("state")).isFalse();
    }

    @Test
    void aSaveThatChangesNothingRecordsNothing() {
        String id = requestPermit(clerk);
        permits.save(permits.findById(id).orElseThrow());
        Permit permit = permits.findById(id).orElseThrow();
        permit.refuse();
        permits.save(permit);

        JsonNode page = awaitRecords("?objectId=" + id, 2);
        assertThat(page.get("items").get(0).get("version").asLong()).isEqualTo(2);
        assertThat(page.get("total").asLong()).isEqualTo(2);
    }

    @Test
    void aChangeAnEventOrATaskMakesIsRecordedAsTheSystemNamingIt() {
        Permit permit = Permit.request(UUID.randomUUID().toString(), "Suggested draft", "c2VhbGVk", null, null);
        AuditContext.run("event waishi.travel.delegation.approved.v1", "event-42", () -> permits.save(permit));

        JsonNode record = awaitRecords("?objectId=" + permit.id(), 1).get("items").get(0);

        assertThat(record.get("actor").get("userId").asString()).isEqualTo("system");
        assertThat(record.get("actor").get("system").asBoolean()).isTrue();
        assertThat(record.get("actor").get("roles").size()).isZero();
        assertThat(record.get("act").asString()).isEqualTo("event waishi.travel.delegation.approved.v1");
        assertThat(record.get("cause").asString()).isEqualTo("event-42");
    }

    // --- Crash safety ---

    @Test
    void anEntryTheRelayNeverChainedIsChainedByTheSweep() {
        Document document = writtenWithoutRelay(Permit.request(UUID.randomUUID().toString(), "Crash", "c2VhbGVk", null, null));
        String id = document.getString("_id");
        assertThat(pendingOf(id)).hasSize(1);
        assertThat(chained(id)).isZero();

        sweep.sweep();

        await().atMost(Duration.ofSeconds(10)).until(() -> chained(id) == 1 && pendingOf(id).isEmpty());
    }

    @Test
    void anEntryAStaleSaveWroteBackIsNotChainedTwice() {
        Document document = writtenWithoutRelay(Permit.request(UUID.randomUUID().toString(), "Stale", "c2VhbGVk", null, null));
        String id = document.getString("_id");
        sweep.sweep();
        await().atMost(Duration.ofSeconds(10)).until(() -> chained(id) == 1 && pendingOf(id).isEmpty());

        // A write based on the document read before the entry was chained puts it back.
        mongo.getCollection("permits").replaceOne(new Document("_id", id), document);
        assertThat(pendingOf(id)).hasSize(1);
        sweep.sweep();

        await().atMost(Duration.ofSeconds(10)).until(() -> pendingOf(id).isEmpty());
        assertThat(chained(id)).isEqualTo(1);
    }

    // --- The auditor's API ---

    @Test
    void onlyAuditorsAndAdministratorsReadTheTrail() {
        for (String path : List.of(AUDIT, AUDIT + "/verify")) {
            assertThat(http.get(path, auditor).status()).isEqualTo(200);
            assertThat(http.get(path, admin).status()).isEqualTo(200);
            TestHttp.Answer forbidden = http.get(path, director);
            assertThat(forbidden.status()).isEqualTo(403);
            assertThat(forbidden.header("Content-Type")).startsWith("application/problem+json");
            assertThat(http.get(path, clerk).status()).isEqualTo(403);
            assertThat(http.get(path, null).status()).isEqualTo(401);
        }
        assertThat(http.post(AUDIT, auditor, "{}").status()).as("auditors change nothing").isEqualTo(403);
        assertThat(http.post(AUDIT, admin, "{}").status()).as("the trail takes no writes").isEqualTo(405);
    }

    @Test
    void filtersByUserObjectTypeAndPeriod() {
        String someone = "user-" + UUID.randomUUID();
        String token = TestTokens.user(someone).roles("UNIT_CLERK").unit("U-X").build();
        Instant before = Instant.now().minusSeconds(1);
        String first = requestPermit(token);
        String second = requestPermit(token);

        JsonNode mine = awaitRecords("?user=" + someone, 2);
        assertThat(mine.get("items").findValuesAsString("objectId")).containsExactly(second, first);
        assertThat(awaitRecords("?user=" + someone + "&objectType=Permit", 2).get("total").asLong()).isEqualTo(2);
        assertThat(awaitRecords("?user=" + someone + "&objectType=permits&size=1", 2).get("items").size()).isEqualTo(1);
        assertThat(awaitRecords("?user=" + someone + "&objectType=cities", 0).get("total").asLong()).isZero();
        assertThat(awaitRecords("?user=" + someone + "&from=" + before + "&to=" + Instant.now().plusSeconds(60), 2)
                .get("total").asLong()).isEqualTo(2);
        assertThat(awaitRecords("?user=" + someone + "&to=" + before, 0).get("total").asLong()).isZero();
        JsonNode clamped = http.get(AUDIT + "?size=5000&page=-3", auditor).json();
        assertThat(clamped.get("size").asInt()).isEqualTo(100);
        assertThat(clamped.get("page").asInt()).isZero();
    }

    @Test
    void badQueryParametersAreProblems() {
        TestHttp.Answer badDate = http.get(AUDIT + "?from=yesterday", auditor);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.header("Content-Type")).startsWith("application/problem+json");
        assertThat(badDate.json().get("type").asString()).isEqualTo("urn:waishi:problem:validation");
        assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("from");

        TestHttp.Answer backwards = http.get(AUDIT + "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", auditor);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("type").asString()).startsWith("urn:waishi:problem:");

        TestHttp.Answer tooLong = http.get(AUDIT + "?user=" + "u".repeat(201), auditor);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("type").asString()).isEqualTo("urn:waishi:problem:validation");

        TestHttp.Answer notANumber = http.get(AUDIT + "?page=first", auditor);
        assertThat(notANumber.status()).isEqualTo(400);
    }

    @Test
    void theVerifyEndpointReportsAnIntactChain() {
        String id = requestPermit(clerk);
        awaitRecords("?objectId=" + id, 1);

        JsonNode verification = http.get(AUDIT + "/verify", auditor).json();

        assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.get("recordsChecked").asLong()).isPositive();
        assertThat(verification.get("lastSequence").asLong()).isEqualTo(verification.get("recordsChecked").asLong());
        assertThat(verification.get("headHash").asString()).matches("[0-9a-f]{64}");
        assertThat(verification.has("firstBrokenSequence")).isFalse();
        assertThat(meters.get("waishi.audit.chain.length").gauge().value()).isPositive();
        assertThat(meters.get("waishi.audit.appended").counter().count()).isPositive();
    }

    private String requestPermit(String token) {
        TestHttp.Answer created = http.post("/api/sample/permits", token, TestHttp.json(Map.of("title", "Research visa",
                "passportNumber", "E12345678", "dateOfBirth", LocalDate.of(1980, 5, 6).toString(),
                "holderName", "Li Ming")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private JsonNode awaitRecords(String query, int count) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            TestHttp.Answer answer = http.get(AUDIT + query, auditor);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            return answer.json();
        }, page -> page.get("total").asLong() == count);
    }

    /** As if the process died right after the write: the entry is stored with the change and never chained. */
    private Document writtenWithoutRelay(Permit permit) {
        Document document = new Document();
        mongo.getConverter().write(permit, document);
        recorder.onBeforeSave(permit, document, "permits");
        mongo.getCollection("permits").insertOne(document); // the driver directly: no after-save relay
        return document;
    }

    private List<Document> pendingOf(String id) {
        Document stored = mongo.getCollection("permits").find(new Document("_id", id)).first();
        return stored.getList(AuditRecorder.PENDING_FIELD, Document.class, List.of());
    }

    private long chained(String id) {
        return mongo.count(Query.query(Criteria.where("objectId").is(id)), AuditChain.COLLECTION);
    }
}
