package io.waishi.sistercity.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.waishi.contracts.EventSchemas;
import io.waishi.contracts.EventType;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.testing.TestClock;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.sistercity.SisterCityOverHttp;
import io.waishi.sistercity.activity.ExchangeActivities;
import io.waishi.sistercity.activity.ExchangeActivity;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The office keeps its relationships alive: on a clock the test sets, a relationship quiet for 25 months
 * and one with no exchange since its agreement are flagged once, a 30th anniversary is announced exactly
 * six months ahead and once only, a new exchange and a move to dormant clear the flags — each change on
 * the relationships topic in the published contract, in the office's lists and gauges, and never a
 * change to the relationships themselves.
 */
@TestPropertySource(properties = "waishi.sister-city.care-sweep-interval=PT12H")
@Import(TestClock.InContext.class)
// Nobody else shares this context (its clock is ours): close it, and its broker, when the class is done.
@DirtiesContext
class RelationshipCareIT extends SisterCityOverHttp {

    private static final String PATH = "/api/sister-cities/relationships";
    private static final String TOPIC = "waishi.sister-city.relationships";
    private static final Set<String> CARE_TYPES = Set.of(EventType.RELATIONSHIP_DORMANCY_RISK_CHANGED.typeName(),
            EventType.RELATIONSHIP_ANNIVERSARY_UPCOMING.typeName());

    @Autowired
    TestClock clock;
    @Autowired
    RelationshipCareSweep sweep;
    @Autowired
    ExchangeActivities activities;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void quietRelationshipsAreFlaggedOnceRoundAnniversariesAnnouncedOnceAndNewExchangesClearTheRisk() {
        clock.set(Instant.parse("2026-11-30T02:00:00Z")); // 10:00 in the office (Asia/Shanghai)
        String yorbaLinda = registerPartner("约巴林达市", "Yorba Linda");
        String bonghwa = registerPartner("奉化郡", "Bonghwa County");
        String quietTown = registerPartner("静城", "Quiet Town");
        String quiet25Months = activeRelationship(yorbaLinda, "2015-10-23");
        String thirtyYears = activeRelationship(bonghwa, "1997-06-01");
        String neverVisited = activeRelationship(quietTown, "2016-03-15");
        String toEnd = activeRelationship(registerPartner("远城", "Far Town"), "2019-03-10");
        String etagBefore = http.get(PATH + "/" + quiet25Months, auditor).header("ETag");
        held(yorbaLinda, "2024-10-28", "2024-11-01");
        held(bonghwa, "2026-05-28", "2026-06-01");

        // 30 November: three quiet relationships flagged; the 30th anniversary is six months and one day away
        RelationshipCare.Pass first = sweep.sweep();
        assertThat(first).isEqualTo(new RelationshipCare.Pass(3, 0, 3));
        assertThat(gauge("waishi.sister_city.relationships.at_risk")).isEqualTo(3);
        assertThat(gauge("waishi.sister_city.anniversaries.upcoming")).isZero();
        assertThat(http.get(PATH + "/anniversaries", auditor).json().get("items")).isEmpty();
        JsonNode withinAYear = ok(http.get(PATH + "/anniversaries?withinMonths=12", auditor)).get("items");
        assertThat(withinAYear).hasSize(1);
        assertThat(withinAYear.get(0).get("announced").asBoolean()).isFalse();

        // 1 December: exactly six months ahead, announced; nothing else is new
        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        assertThat(sweep.sweep()).isEqualTo(new RelationshipCare.Pass(3, 1, 1));
        assertThat(sweep.sweep()).as("a second pass publishes nothing").isEqualTo(new RelationshipCare.Pass(3, 1, 0));
        assertThat(gauge("waishi.sister_city.relationships.at_risk")).isEqualTo(3);
        assertThat(gauge("waishi.sister_city.anniversaries.upcoming")).isEqualTo(1);

        JsonNode atRisk = ok(http.get(PATH + "/at-risk", auditor));
        assertThat(atRisk.get("total").asInt()).isEqualTo(3);
        assertThat(atRisk.get("items").findValuesAsString("relationshipId"))
                .as("quietest first").containsExactly(neverVisited, toEnd, quiet25Months);
        JsonNode yorba = atRisk.get("items").get(2);
        assertThat(yorba.get("partnerCityId").asString()).isEqualTo(yorbaLinda);
        assertThat(yorba.get("partnerCityName").get("en").asString()).isEqualTo("Yorba Linda");
        assertThat(yorba.get("kind").asString()).isEqualTo("SISTER_CITY");
        assertThat(yorba.get("stage").asString()).isEqualTo("ACTIVE");
        assertThat(yorba.get("lastActivityOn").asString()).isEqualTo("2024-11-01");
        assertThat(yorba.get("monthsQuiet").asInt()).isEqualTo(25);
        assertThat(yorba.get("atRiskSince").asString()).isEqualTo("2026-11-02");
        assertThat(atRisk.get("items").get(0).get("lastActivityOn").asString()).isEqualTo("2016-03-15");
        assertThat(http.get(PATH + "/at-risk", clerk).status()).isEqualTo(403);

        JsonNode anniversaries = ok(http.get(PATH + "/anniversaries", auditor)).get("items");
        assertThat(anniversaries).hasSize(1);
        JsonNode thirtieth = anniversaries.get(0);
        assertThat(thirtieth.get("relationshipId").asString()).isEqualTo(thirtyYears);
        assertThat(thirtieth.get("partnerCityName").get("zh").asString()).isEqualTo("奉化郡");
        assertThat(thirtieth.get("agreementDate").asString()).isEqualTo("1997-06-01");
        assertThat(thirtieth.get("anniversaryDate").asString()).isEqualTo("2027-06-01");
        assertThat(thirtieth.get("years").asInt()).isEqualTo(30);
        assertThat(thirtieth.get("announced").asBoolean()).isTrue();
        assertThat(http.get(PATH + "/anniversaries?withinMonths=1000", auditor).json().get("items"))
                .as("capped at 24 months: the 40th is not listed").hasSize(1);
        assertThat(http.get(PATH + "/anniversaries", clerk).status()).isEqualTo(403);

        // an exchange with Yorba Linda is held, one quiet relationship is marked dormant and another ended:
        // all three cleared
        held(yorbaLinda, "2026-11-16", "2026-11-20");
        assertThat(command(neverVisited, "mark-dormant", officer, Map.of("note", "No exchange since signing")))
                .isEqualTo(200);
        assertThat(command(toEnd, "terminate", director, Map.of("reason", "Ended by both cities"))).isEqualTo(200);
        assertThat(sweep.sweep()).isEqualTo(new RelationshipCare.Pass(0, 1, 3));
        assertThat(sweep.sweep().eventsRecorded()).isZero();
        assertThat(gauge("waishi.sister_city.relationships.at_risk")).isZero();
        assertThat(http.get(PATH + "/at-risk", auditor).json().get("total").asInt()).isZero();

        // the dormant one is revived: the office starts again, so it has a full period before it is flagged
        assertThat(command(neverVisited, "revive", officer, Map.of("note", "A new exchange programme")))
                .isEqualTo(200);
        assertThat(sweep.sweep()).isEqualTo(new RelationshipCare.Pass(0, 1, 0));

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20)).until(
                () -> TestKafka.readAll(brokers, TOPIC).stream()
                        .filter(record -> CARE_TYPES.contains(TestKafka.header(record, "ce_type"))).toList(),
                list -> list.size() >= 7);
        assertThat(records).hasSize(7);
        for (ConsumerRecord<String, String> record : records) {
            EventType type = EventType.RELATIONSHIP_DORMANCY_RISK_CHANGED.typeName()
                    .equals(TestKafka.header(record, "ce_type")) ? EventType.RELATIONSHIP_DORMANCY_RISK_CHANGED
                    : EventType.RELATIONSHIP_ANNIVERSARY_UPCOMING;
            assertThat(EventSchemas.problems(type, record.value())).as(record.value()).isEmpty();
            assertThat(TestKafka.header(record, "ce_subject")).isEqualTo(record.key());
        }
        assertThat(riskFlags(records, quiet25Months)).containsExactly("true:2024-11-01", "false:2026-11-20");
        assertThat(riskFlags(records, neverVisited)).containsExactly("true:2016-03-15", "false:2016-03-15");
        assertThat(riskFlags(records, toEnd)).containsExactly("true:2019-03-10", "false:2019-03-10");
        List<JsonNode> announced = records.stream().filter(record -> thirtyYears.equals(record.key()))
                .map(record -> TestHttp.JSON_MAPPER.readTree(record.value())).toList();
        assertThat(announced).hasSize(1);
        assertThat(announced.get(0).get("years").asInt()).isEqualTo(30);
        assertThat(announced.get(0).get("anniversaryDate").asString()).isEqualTo("2027-06-01");
        assertThat(announced.get(0).get("agreementDate").asString()).isEqualTo("1997-06-01");
        assertThat(announced.get(0).get("partnerCityName").get("en").asString()).isEqualTo("Bonghwa County");
        assertThat(announced.get(0).get("kind").asString()).isEqualTo("SISTER_CITY");
        assertThat(announced.get(0).get("announcedAt").asString()).isEqualTo("2026-12-01T02:00:00Z");

        assertThat(http.get(PATH + "/" + quiet25Months, auditor).header("ETag"))
                .as("the checks never change the relationship officers edit").isEqualTo(etagBefore);
    }

    private List<String> riskFlags(List<ConsumerRecord<String, String>> records, String relationshipId) {
        return records.stream().filter(record -> relationshipId.equals(record.key()))
                .map(record -> TestHttp.JSON_MAPPER.readTree(record.value()))
                .map(json -> json.get("atRisk").asBoolean() + ":" + json.get("lastActivityOn").asString())
                .toList();
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    /** An exchange with the partner that took place: planned as the approval would, then marked held. */
    private void held(String partnerCityId, String from, String to) {
        String id = activities.save(ExchangeActivity.planOutbound(TestKafka.newId(), partnerCityId, TestKafka.newId(),
                LocalizedText.of("友好交流", "Friendship exchange"), LocalDate.parse(from), LocalDate.parse(to), 4,
                clock.instant())).id();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("status", "HELD"),
                ExchangeActivity.class);
    }

    private String registerPartner(String zh, String en) {
        TestHttp.Answer registered = http.post("/api/sister-cities/partner-cities", officer, TestHttp.json(Map.of(
                "names", Map.of("zh", zh, "en", en), "country", "US", "administrativeLevel", "PREFECTURE_CITY",
                "diplomaticRelations", true, "otherChineseSisterCity", false)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    /** A sister-city relationship walked from its letter of intent to active, its agreement signed on {@code agreed}. */
    private String activeRelationship(String partnerCityId, String agreed) {
        String intentDate = LocalDate.parse(agreed).minusYears(1).toString();
        TestHttp.Answer created = http.post(PATH, officer, TestHttp.json(Map.of("partnerCityId", partnerCityId,
                "kind", "SISTER_CITY", "intent", signing(intentDate, "铜川"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(command(id, "start-exchanges", officer, null)).isEqualTo(200);
        assertThat(command(id, "city-approval", director, Map.of("reference", "铜政函〔1996〕12号"))).isEqualTo(200);
        assertThat(command(id, "provincial-review", director, Map.of("reference", "陕外办〔1996〕3号"))).isEqualTo(200);
        assertThat(command(id, "cpaffc-approval", director, Map.of("reference", "友协批〔1996〕87号"))).isEqualTo(200);
        assertThat(command(id, "sign-agreement", officer, Map.of("agreement", signing(agreed, "Partner city"))))
                .isEqualTo(200);
        assertThat(command(id, "activate", officer, null)).isEqualTo(200);
        return id;
    }

    private static Map<String, Object> signing(String date, String place) {
        return Map.of("date", date, "place", place, "signatories", List.of(
                Map.of("side", "OUR_CITY", "name", "Mayor of Tongchuan", "title", "市长"),
                Map.of("side", "PARTNER_CITY", "name", "Mayor of the partner", "title", "Mayor")));
    }

    private int command(String id, String act, String token, Object body) {
        HttpRequest request = http.request(PATH + "/" + id + "/" + act, token)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(TestHttp.json(body)))
                .build();
        return http.send(request).status();
    }

    private static JsonNode ok(TestHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
