package io.waishi.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.contracts.EventSchemas;
import io.waishi.contracts.EventType;
import io.waishi.platform.deadletter.DeadLetter;
import io.waishi.platform.deadletter.DeadLetters;
import io.waishi.platform.outbox.OutboxRelay;
import io.waishi.platform.outbox.OutboxSweep;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.platform.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The platform as a service uses it, on a real Kafka broker and the Mongo wire server: the outbox,
 * CloudEvents headers, idempotent consumers, dead letters and their re-drive, problem details, security.
 */
@SampleServiceTest
class PlatformIT {

    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    Cities cities;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    OutboxRelay relay;
    @Autowired
    OutboxSweep sweep;
    @Autowired
    io.waishi.platform.outbox.OutboxWriter writer;

    TestHttp http;
    final String officer = TestTokens.token("olga", "SISTER_CITY_OFFICER");

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://127.0.0.1:" + port);
        DelegationApprovedHandler.FAILING.set(false);
    }

    @AfterEach
    void tearDown() {
        DelegationApprovedHandler.FAILING.set(false);
    }

    // --- Outbox ---

    @Test
        void publishesARecordedEventWithCloudEventsHeadersAndEmptiesTheOutbox() {
            TestHttp.Answer created = http.post("/api/sample/cities", officer, TestHttp.json(Map.of("name", "Yorba Linda", "country", "US")));
            assertThat(created.status()).isEqualTo(200);
            assertThat(created.header("ETag")).isEqualTo("\"0\"");
            String id = created.json().get("id").asString();

            ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(20))
                    .until(() -> recordsAbout(EventType.PARTNER_CITY_REGISTERED, id), list -> list.size() == 1).get(0);

            assertThat(record.key()).isEqualTo(id);
            assertThat(TestKafka.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(TestKafka.header(record, "ce_id")).isNotBlank();
            assertThat(TestKafka.header(record, "ce_source")).isEqualTo("/waishi/sister-city-service");
            assertThat(TestKafka.header(record, "ce_subject")).isEqualTo(id);
            assertThat(TestKafka.header(record, "ce_dataschema")).isEqualTo(EventType.PARTNER_CITY_REGISTERED.dataSchema().toString());
            assertThat(TestKafka.header(record, "content-type")).isEqualTo("application/json");
            assertThat(Instant.parse(TestKafka.header(record, "ce_time"))).isBeforeOrEqualTo(Instant.now());
            assertThat(TestKafka.header(record, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
            assertThat(EventSchemas.problems(EventType.PARTNER_CITY_REGISTERED, record.value())).isEmpty();
            await().atMost(Duration.ofSeconds(10)).until(() -> cities.findById(id).orElseThrow().outbox().isEmpty());
        }

    @Test
        void sweepPublishesEventsACrashLeftInTheDocument() {
            // As if the process died right after the write: the event is stored and was never sent.
            City city = City.register(TestKafka.newId(), "Bonghwa", "KR", Instant.now());
            writer.onBeforeConvert(city, "cities");
            org.bson.Document document = new org.bson.Document();
            mongo.getConverter().write(city, document);
            mongo.getCollection("cities").insertOne(document); // the driver directly: no after-save relay
            assertThat(cities.findById(city.aggregateId()).orElseThrow().outbox()).hasSize(1);

            sweep.sweep();

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> recordsAbout(EventType.PARTNER_CITY_REGISTERED, city.aggregateId()), list -> list.size() == 1);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> cities.findById(city.aggregateId()).orElseThrow().outbox().isEmpty());
        }

    @Test
        void anEventAStaleSaveWroteBackIsRemovedNotSentAgain() {
            City city = City.register(TestKafka.newId(), "Nara", "JP", Instant.now());
            writer.onBeforeConvert(city, "cities");
            org.bson.Document withPendingEvent = new org.bson.Document();
            mongo.getConverter().write(city, withPendingEvent);
            mongo.getCollection("cities").insertOne(withPendingEvent);
            sweep.sweep();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> cities.findById(city.aggregateId()).orElseThrow().outbox().isEmpty());

            // A request that read the city before the event's removal saves it: the sent event is back.
            mongo.getCollection("cities").replaceOne(new org.bson.Document("_id", city.aggregateId()), withPendingEvent);
            sweep.sweep();

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> cities.findById(city.aggregateId()).orElseThrow().outbox().isEmpty());
            assertThat(recordsAbout(EventType.PARTNER_CITY_REGISTERED, city.aggregateId())).hasSize(1);
        }

    // --- Inbound ---

    @Test
        void aRedeliveredEventHasNoSecondEffect() {
            String eventId = TestKafka.newId();
            String delegationId = TestKafka.newId();
            String data = TestHttp.json(Map.of("delegationId", delegationId, "memberCount", 3, "unknownField", "ignored"));
            for (int i = 0; i < 3; i++) {
                TestKafka.publish(brokers, TestKafka.cloudEvent(EventType.DELEGATION_APPROVED, eventId, delegationId, data));
            }
            String marker = TestKafka.newId();
            TestKafka.publish(brokers, TestKafka.cloudEvent(EventType.DELEGATION_APPROVED, TestKafka.newId(), marker,
                    TestHttp.json(Map.of("delegationId", marker, "memberCount", 1))));

            // Once the marker published after the three copies is processed, all three copies have been too.
            await().atMost(Duration.ofSeconds(20)).until(() -> visitsOf(marker) == 1);
            assertThat(visitsOf(delegationId)).isEqualTo(1);
        }

    @Test
        void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
            String poisonId = TestKafka.newId();
            TestKafka.publish(brokers, TestKafka.cloudEvent(EventType.DELEGATION_APPROVED, poisonId, "x", "{not json"));
            String next = TestKafka.newId();
            TestKafka.publish(brokers, TestKafka.cloudEvent(EventType.DELEGATION_APPROVED, TestKafka.newId(), next,
                    TestHttp.json(Map.of("delegationId", next, "memberCount", 2))));

            await().atMost(Duration.ofSeconds(20)).until(() -> visitsOf(next) == 1);
            await().atMost(Duration.ofSeconds(20)).until(() -> deadLetterOf(poisonId) != null);
            assertThat(TestKafka.readAll(brokers, "waishi.travel.delegations.DLT"))
                    .anyMatch(record -> poisonId.equals(TestKafka.header(record, "ce_id")));
            DeadLetter deadLetter = deadLetterOf(poisonId);
            assertThat(deadLetter.failure()).contains("UnreadableEventException");
            assertThat(deadLetter.originalTopic()).isEqualTo("waishi.travel.delegations");

            // Re-driving cannot cure bad data: it stays open with the reason.
            DeadLetter again = deadLetters.redrive(deadLetter.id());
            assertThat(again.status()).isEqualTo(DeadLetter.Status.OPEN);
            assertThat(again.redriveAttempts()).isEqualTo(1);
        }

    @Test
        void anEventThatKeptFailingIsDeadLetteredAfterRetriesAndCanBeRedrivenByAnAdmin() {
            DelegationApprovedHandler.FAILING.set(true);
            String eventId = TestKafka.newId();
            String delegationId = TestKafka.newId();
            TestKafka.publish(brokers, TestKafka.cloudEvent(EventType.DELEGATION_APPROVED, eventId, delegationId,
                    TestHttp.json(Map.of("delegationId", delegationId, "memberCount", 4))));

            await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterOf(eventId) != null);
            assertThat(visitsOf(delegationId)).isZero();
            DelegationApprovedHandler.FAILING.set(false);

            String admin = TestTokens.token("ada", "ADMIN");
            TestHttp.Answer forbidden = http.post("/api/sample/admin/dead-letters/redrive", officer, "");
            assertThat(forbidden.status()).isEqualTo(403);
            TestHttp.Answer list = http.get("/api/sample/admin/dead-letters?status=OPEN", admin);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body()).contains(eventId);

            TestHttp.Answer redriven = http.post("/api/sample/admin/dead-letters/" + deadLetterOf(eventId).id() + "/redrive", admin, "");
            assertThat(redriven.status()).isEqualTo(200);
            assertThat(redriven.json().get("status").asString()).isEqualTo("REDRIVEN");
            assertThat(visitsOf(delegationId)).isEqualTo(1);

            // A second re-drive of the same dead letter changes nothing.
            http.post("/api/sample/admin/dead-letters/" + deadLetterOf(eventId).id() + "/redrive", admin, "");
            assertThat(visitsOf(delegationId)).isEqualTo(1);
        }

    // --- Problems ---

    @Test
        void invalidFieldsAreListed() {
            TestHttp.Answer answer = http.post("/api/sample/cities", officer, TestHttp.json(Map.of("name", "", "country", "usa")));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            JsonNode problem = answer.json();
            assertThat(problem.get("type").asString()).isEqualTo("urn:waishi:problem:validation");
            assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "country");
        }

    @Test
        void everyBrokenRuleIsReportedWithItsParameters() {
            TestHttp.Answer answer = http.post("/api/sample/cities", officer, TestHttp.json(Map.of("name", "Atlantis", "country", "AQ")));
            assertThat(answer.status()).isEqualTo(422);
            JsonNode problem = answer.json();
            assertThat(problem.get("type").asString()).isEqualTo("urn:waishi:problem:rule-violation");
            assertThat(problem.get("violations").findValuesAsString("code"))
                    .containsExactlyInAnyOrder("DIPLOMATIC_RELATIONS_REQUIRED", "ADMINISTRATIVE_LEVEL_MATCHES");
            assertThat(problem.get("violations").get(0).get("parameters").size()).isPositive();
        }

    @Test
        void malformedJsonIsABadRequestWithoutInternals() {
            TestHttp.Answer answer = http.post("/api/sample/cities", officer, "{\"name\": ");
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("type").asString()).isEqualTo("urn:waishi:problem:malformed-body");
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at io.");
        }

    @Test
        void unsupportedMediaTypeIs415() {
            TestHttp.Answer answer = http.send(http.request("/api/sample/cities", officer)
                    .header("Content-Type", "text/plain")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("Yorba Linda")).build());
            assertThat(answer.status()).isEqualTo(415);
            assertThat(answer.json().get("type").asString()).isEqualTo("urn:waishi:problem:unsupported-media-type");
        }

    @Test
        void anOversizedBodyIsRefusedWith413() {
            String huge = "{\"name\":\"" + "x".repeat(300 * 1024) + "\",\"country\":\"US\"}";
            TestHttp.Answer answer = http.post("/api/sample/cities", officer, huge);
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.json().get("type").asString()).isEqualTo("urn:waishi:problem:payload-too-large");
        }

    @Test
        void unknownObjectIs404() {
            TestHttp.Answer answer = http.get("/api/sample/cities/" + TestKafka.newId(), officer);
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json().get("type").asString()).isEqualTo("urn:waishi:problem:not-found");
        }

    // --- Security ---

    @Test
        void refusesMissingExpiredForgedAndMisaddressedTokens() {
            String body = TestHttp.json(Map.of("name", "Nara", "country", "JP"));
            for (String token : List.of("",
                    TestTokens.user("olga").roles("SISTER_CITY_OFFICER").expired().build(),
                    TestTokens.user("olga").roles("SISTER_CITY_OFFICER").signedWithForeignKey().build(),
                    TestTokens.user("olga").roles("SISTER_CITY_OFFICER").issuer("https://evil.example").build(),
                    TestTokens.user("olga").roles("SISTER_CITY_OFFICER").audience("someone-else").build())) {
                TestHttp.Answer answer = http.post("/api/sample/cities", token.isEmpty() ? null : token, body);
                assertThat(answer.status()).as("token %s", token).isEqualTo(401);
                assertThat(answer.json().get("type").asString()).isEqualTo("urn:waishi:problem:unauthorized");
            }
        }

    @Test
        void anyoneReadsPublicPathsWithoutATokenButNothingElseIsOpenThere() {
            TestHttp.Answer created = http.post("/api/sample/cities", officer, TestHttp.json(Map.of("name", "Nara",
                    "country", "JP")));
            String id = created.json().get("id").asString();
            TestHttp.Answer read = http.get("/public/sample/cities/" + id, null);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("name").asString()).isEqualTo("Nara");
            assertThat(http.get("/public/sample/cities/" + TestKafka.newId(), null).status()).isEqualTo(404);
            assertThat(http.post("/public/sample/cities/" + id, null, "{}").status()).isEqualTo(401);
            assertThat(http.get("/api/sample/cities/" + id, null).status()).isEqualTo(401);
        }

    @Test
        void theDomainRefusesAnActorWithoutTheRole() {
            TestHttp.Answer answer = http.post("/api/sample/cities", TestTokens.user("carl").roles("UNIT_CLERK").unit("U-EDU").build(),
                    TestHttp.json(Map.of("name", "Nara", "country", "JP")));
            assertThat(answer.status()).isEqualTo(403);
        }

    @Test
        void healthAndMetricsAreOpenAndReadinessIncludesMongoAndKafka() {
            TestHttp.Answer readiness = http.get("/actuator/health/readiness", null);
            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.body()).contains("mongo").contains("kafka");
            TestHttp.Answer metrics = http.get("/actuator/prometheus", null);
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.body()).contains("waishi_outbox_backlog");
            assertThat(http.get("/actuator/env", null).status()).isIn(401, 404);
        }

    private List<ConsumerRecord<String, String>> recordsAbout(EventType type, String subject) {
        return TestKafka.readAll(brokers, type.topic().topicName()).stream()
                .filter(record -> subject.equals(record.key()))
                .filter(record -> type.typeName().equals(TestKafka.header(record, "ce_type")))
                .toList();
    }

    private long visitsOf(String delegationId) {
        return mongo.count(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("delegationId").is(delegationId)), Visit.class);
    }

    private DeadLetter deadLetterOf(String eventId) {
        return deadLetters.list(null, 0, 100).stream().filter(d -> eventId.equals(d.eventId())).findFirst().orElse(null);
    }
}
