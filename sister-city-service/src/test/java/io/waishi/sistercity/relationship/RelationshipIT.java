package io.waishi.sistercity.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.contracts.EventSchemas;
import io.waishi.contracts.EventType;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.sistercity.SisterCityOverHttp;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Yorba Linda's story over HTTP: the letter of intent, the exchanges, the three approvals recorded by the
 * director, the agreement signed only once the CPAFFC has approved, active, dormant, terminated — each stage
 * announced on the relationships topic in the published contract.
 */
class RelationshipIT extends SisterCityOverHttp {

    private static final String PATH = "/api/sister-cities/relationships";

    @Test
    void fromLetterOfIntentToTerminationEveryStageIsRecordedAndAnnounced() {
        String partnerId = registerPartner("约巴林达市", "Yorba Linda", "US", "PREFECTURE_CITY", true, false);
        TestHttp.Answer created = http.post(PATH, officer, TestHttp.json(Map.of("partnerCityId", partnerId,
                "kind", "SISTER_CITY", "cooperationFields", List.of("EDUCATION", "TRADE"), "intent", signing("铜川"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("stage").asString()).isEqualTo("INTENT_SIGNED");
        String etag = created.header("ETag");

        TestHttp.Answer exchanging = command(id, "start-exchanges", officer, etag, null);
        assertThat(exchanging.status()).as(exchanging.body()).isEqualTo(200);
        assertThat(command(id, "start-exchanges", officer, etag, null).status()).isEqualTo(412);
        etag = exchanging.header("ETag");

        TestHttp.Answer early = command(id, "sign-agreement", officer, etag, Map.of("agreement", signing("Yorba Linda")));
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.json().get("violations").findValuesAsString("code")).containsExactly("NATIONAL_APPROVAL_REQUIRED");
        assertThat(early.json().get("violations").get(0).get("message").get("zh").asString()).contains("全国对外友协");
        assertThat(command(id, "city-approval", officer, etag, Map.of("reference", "铜政函〔2015〕12号")).status())
                .isEqualTo(403);

        etag = ok(command(id, "city-approval", director, etag, Map.of("reference", "铜政函〔2015〕12号")));
        etag = ok(command(id, "provincial-review", director, etag, Map.of("reference", "陕外办〔2015〕3号")));
        etag = ok(command(id, "cpaffc-approval", director, etag, Map.of("reference", "友协批〔2015〕87号")));
        etag = ok(command(id, "sign-agreement", officer, etag, Map.of("agreement", signing("Yorba Linda"),
                "reference", "YL-2015-10")));
        etag = ok(command(id, "activate", officer, etag, null));
        etag = ok(command(id, "mark-dormant", officer, etag, Map.of("note", "No exchange for two years")));
        TestHttp.Answer terminated = command(id, "terminate", director, etag, Map.of("reason", "Ended by both cities"));
        assertThat(terminated.status()).as(terminated.body()).isEqualTo(200);
        assertThat(terminated.json().get("history").findValuesAsString("to")).containsExactly("INTENT_SIGNED",
                "EXCHANGING", "CITY_APPROVED", "PROVINCE_REVIEWED", "CPAFFC_APPROVED", "AGREEMENT_SIGNED", "ACTIVE",
                "DORMANT", "TERMINATED");
        assertThat(terminated.json().get("history").get(4).get("reference").asString()).isEqualTo("友协批〔2015〕87号");
        assertThat(terminated.json().get("history").get(4).get("by").asString()).isEqualTo("zhao.director");

        TestHttp.Answer read = http.get(PATH + "?partnerCityId=" + partnerId + "&stage=TERMINATED", auditor);
        assertThat(read.json().get("total").asInt()).isEqualTo(1);
        assertThat(read.json().get("items").get(0).get("actions")).isEmpty();
        assertThat(http.get(PATH + "/" + id, clerk).status()).isEqualTo(403);

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20)).until(
                () -> TestKafka.readAll(brokers, "waishi.sister-city.relationships").stream()
                        .filter(record -> id.equals(record.key())).toList(), list -> list.size() == 9);
        for (ConsumerRecord<String, String> record : records) {
            assertThat(TestKafka.header(record, "ce_type")).isEqualTo(EventType.RELATIONSHIP_STAGE_CHANGED.typeName());
            assertThat(EventSchemas.problems(EventType.RELATIONSHIP_STAGE_CHANGED, record.value())).isEmpty();
            assertThat(record.value()).doesNotContain("Mayor");
        }
        assertThat(records).extracting(record -> TestHttp.JSON_MAPPER.readTree(record.value()).get("toStage").asString())
                .containsExactly("INTENT_SIGNED", "EXCHANGING", "CITY_APPROVED", "PROVINCE_REVIEWED", "CPAFFC_APPROVED",
                        "AGREEMENT_SIGNED", "ACTIVE", "DORMANT", "TERMINATED");
    }

    @Test
    void everyBrokenPartnerRuleIsReportedAtOnceInBothLanguages() {
        String partnerId = registerPartner("某镇", "Some Town", "US", "TOWN", false, true);
        TestHttp.Answer refused = http.post(PATH, officer, TestHttp.json(Map.of("partnerCityId", partnerId,
                "kind", "SISTER_CITY", "intent", signing("铜川"))));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("violations").findValuesAsString("code")).containsExactly(
                "DIPLOMATIC_RELATIONS_REQUIRED", "ADMINISTRATIVE_LEVEL_MISMATCH", "ONE_TO_ONE");
        assertThat(refused.json().get("violations").get(1).get("message").get("en").asString())
                .contains("PREFECTURE_CITY").contains("TOWN");
        assertThat(refused.json().get("violations").get(2).get("message").get("zh").asString()).contains("一对一");

        TestHttp.Answer unknown = http.post(PATH, officer, TestHttp.json(Map.of("partnerCityId", TestKafka.newId(),
                "kind", "SISTER_CITY", "intent", signing("铜川"))));
        assertThat(unknown.json().get("violations").findValuesAsString("code")).containsExactly("PARTNER_CITY_UNKNOWN");
    }

    @Test
    void aRelationshipEstablishedBeforeTheseRecordsIsRecordedActiveAndAnnouncedWithoutAFromStage() {
        String partnerId = registerPartner("奉化郡", "Bonghwa County", "KR", "PREFECTURE_CITY", true, false);
        Map<String, Object> agreement = Map.of("date", "1997-06-01", "place", "铜川", "signatories", List.of(
                Map.of("side", "OUR_CITY", "name", "Mayor of Tongchuan"),
                Map.of("side", "PARTNER_CITY", "name", "County Head of Bonghwa")));
        TestHttp.Answer created = http.post(PATH + "/established", officer, TestHttp.json(Map.of(
                "partnerCityId", partnerId, "kind", "SISTER_CITY", "agreement", agreement,
                "nationalApprovalReference", "友协批〔1997〕5号")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(created.json().get("id").asString());
        assertThat(created.json().get("stage").asString()).isEqualTo("ACTIVE");
        assertThat(created.json().get("agreement").get("date").asString()).isEqualTo("1997-06-01");
        String id = created.json().get("id").asString();

        TestHttp.Answer noReference = http.post(PATH + "/established", officer, TestHttp.json(Map.of(
                "partnerCityId", partnerId, "kind", "SISTER_CITY", "agreement", agreement)));
        assertThat(noReference.status()).isEqualTo(400);
        TestHttp.Answer future = http.post(PATH + "/established", officer, TestHttp.json(Map.of(
                "partnerCityId", partnerId, "kind", "SISTER_CITY", "nationalApprovalReference", "x",
                "agreement", Map.of("date", "2999-01-01", "place", "铜川", "signatories", agreement.get("signatories")))));
        assertThat(future.status()).as(future.body()).isEqualTo(422);
        assertThat(future.json().get("violations").findValuesAsString("code")).containsExactly("SIGNING_DATE_IN_FUTURE");
        assertThat(http.post(PATH + "/established", director, TestHttp.json(Map.of("partnerCityId", partnerId,
                "kind", "SISTER_CITY", "agreement", agreement, "nationalApprovalReference", "x"))).status())
                .isEqualTo(403);

        ConsumerRecord<String, String> announced = await().atMost(Duration.ofSeconds(20)).until(
                () -> TestKafka.readAll(brokers, "waishi.sister-city.relationships").stream()
                        .filter(record -> id.equals(record.key())).toList(), list -> list.size() == 1).get(0);
        assertThat(EventSchemas.problems(EventType.RELATIONSHIP_STAGE_CHANGED, announced.value())).isEmpty();
        assertThat(TestHttp.JSON_MAPPER.readTree(announced.value()).has("fromStage")).isFalse();
        assertThat(TestHttp.JSON_MAPPER.readTree(announced.value()).get("toStage").asString()).isEqualTo("ACTIVE");
    }

    private String registerPartner(String zh, String en, String country, String level, boolean diplomatic,
            boolean otherChineseSisterCity) {
        TestHttp.Answer registered = http.post("/api/sister-cities/partner-cities", officer, TestHttp.json(Map.of(
                "names", Map.of("zh", zh, "en", en), "country", country, "administrativeLevel", level,
                "diplomaticRelations", diplomatic, "otherChineseSisterCity", otherChineseSisterCity)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("otherChineseSisterCity").asBoolean()).isEqualTo(otherChineseSisterCity);
        return registered.json().get("id").asString();
    }

    private static Map<String, Object> signing(String place) {
        return Map.of("date", "2015-10-23", "place", place, "signatories", List.of(
                Map.of("side", "OUR_CITY", "name", "Mayor of Tongchuan", "title", "市长"),
                Map.of("side", "PARTNER_CITY", "name", "Mayor of Yorba Linda", "title", "Mayor")),
                "documents", List.of(Map.of("language", "zh", "ref", "doc-9"), Map.of("language", "en", "ref", "doc-10")));
    }

    private static String ok(TestHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.header("ETag");
    }

    private TestHttp.Answer command(String id, String act, String token, String ifMatch, Object body) {
        HttpRequest.Builder request = http.request(PATH + "/" + id + "/" + act, token)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(TestHttp.json(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }
}
