package io.waishi.reception.hospitality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.contracts.EventSchemas;
import io.waishi.contracts.EventType;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.reception.ReceptionOverHttp;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A visit's hospitality over HTTP, on a real Kafka broker and the Mongo wire server: banquets and gifts within
 * the caps of RULES.md §3, refusals naming the rule, a gift received at the threshold opening a declaration
 * that partners read on waishi.reception.gifts — without a name in it.
 */
class HospitalityIT extends ReceptionOverHttp {

    static final String VISITS = "/api/receptions/visits";
    static final String DECLARATIONS = "/api/receptions/gift-declarations";
    static final String TOPIC = "waishi.reception.gifts";

    @Test
    void banquetsWithinTheCapsAGiftToDeclareAnnouncedWithoutNamesThenDeclared() {
        String visitId = requestVisit();
        String hospitality = VISITS + "/" + visitId + "/hospitality";

        TestHttp.Answer tooEarly = post(hospitality + "/banquets", reception, null, banquet("BANQUET", "BUREAU", "280"));
        assertThat(tooEarly.status()).as(tooEarly.body()).isEqualTo(422);
        assertThat(tooEarly.json().get("violations").findValuesAsString("code")).containsExactly("VISIT_NOT_APPROVED");

        TestHttp.Answer approved = post(VISITS + "/" + visitId + "/approve-invitation", director, "\"0\"", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        TestHttp.Answer empty = http.get(hospitality, auditor);
        assertThat(empty.status()).as(empty.body()).isEqualTo(200);
        assertThat(empty.header("ETag")).isEqualTo("\"0\"");
        assertThat(empty.json().get("banquets").size()).isZero();
        assertThat(empty.json().get("banquetsPerStay").asInt()).isEqualTo(2);
        assertThat(empty.json().get("giftDeclarationThreshold").asInt()).isEqualTo(200);

        TestHttp.Answer first = post(hospitality + "/banquets", reception, "\"0\"", banquet("BANQUET", "BUREAU", "300"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("ETag")).isEqualTo("\"0\"");
        JsonNode firstBanquet = first.json().get("banquets").get(0);
        assertThat(first.header("Location")).isEqualTo(hospitality + "/banquets/" + firstBanquet.get("entryId").asString());
        assertThat(firstBanquet.get("capPerHead").asInt()).isEqualTo(300);
        assertThat(firstBanquet.get("capParameter").asString()).isEqualTo("BANQUET_PER_HEAD_BUREAU");
        assertThat(firstBanquet.get("totalYuan").decimalValue()).isEqualByComparingTo("3600");

        TestHttp.Answer tooDear = post(hospitality + "/banquets", reception, "\"0\"", banquet("BANQUET", "BUREAU", "301"));
        assertThat(tooDear.status()).as(tooDear.body()).isEqualTo(422);
        JsonNode costViolation = tooDear.json().get("violations").get(0);
        assertThat(costViolation.get("code").asString()).isEqualTo("COST_PER_HEAD_EXCEEDED");
        assertThat(costViolation.get("parameters").get("parameter").asString()).isEqualTo("BANQUET_PER_HEAD_BUREAU");
        assertThat(costViolation.get("parameters").get("limit").asInt()).isEqualTo(300);
        assertThat(costViolation.toString()).contains("BANQUET_PER_HEAD_BUREAU").contains("S18").contains("301");

        TestHttp.Answer stale = post(hospitality + "/banquets", reception, "\"7\"", banquet("BUFFET", "BUREAU", "100"));
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);

        assertThat(post(hospitality + "/banquets", reception, "\"0\"", banquet("BANQUET", "MINISTER", "400")).status())
                .isEqualTo(201);
        assertThat(post(hospitality + "/banquets", reception, null, banquet("TEA_PARTY", "BUREAU", "60")).status())
                .as("a tea party is no banquet").isEqualTo(201);
        TestHttp.Answer third = post(hospitality + "/banquets", reception, null, banquet("BANQUET", "BUREAU", "200"));
        assertThat(third.status()).as(third.body()).isEqualTo(422);
        assertThat(third.json().get("violations").findValuesAsString("code")).containsExactly("BANQUETS_PER_STAY");
        assertThat(third.body()).contains("BANQUETS_PER_STAY");

        TestHttp.Answer small = post(hospitality + "/gifts-received", reception, null, received("199.99", "2027-06-16"));
        assertThat(small.status()).as(small.body()).isEqualTo(201);
        assertThat(small.json().get("giftsReceived").get(0).has("declarationId")).as("below the threshold").isFalse();

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate receivedOn = today.minusDays(3);
        String dueDate = receivedOn.plusMonths(1).toString();
        TestHttp.Answer toDeclare = post(hospitality + "/gifts-received", reception, small.header("ETag"),
                received("200", receivedOn.toString()));
        assertThat(toDeclare.status()).as(toDeclare.body()).isEqualTo(201);
        JsonNode gift = toDeclare.json().get("giftsReceived").get(1);
        String declarationId = gift.get("declarationId").asString();
        assertThat(gift.get("declarationStatus").asString()).isEqualTo("DUE");
        assertThat(gift.get("declarationDueDate").asString()).isEqualTo(dueDate);

        ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(20))
                .until(() -> recordsAbout(visitId), list -> list.size() == 1).get(0);
        assertThat(record.key()).isEqualTo(visitId);
        assertThat(TestKafka.header(record, "ce_type")).isEqualTo(EventType.GIFT_DECLARATION_DUE.typeName());
        assertThat(TestKafka.header(record, "ce_subject")).isEqualTo(visitId);
        assertThat(TestKafka.header(record, "ce_source")).isEqualTo("/waishi/reception-service");
        assertThat(TestKafka.header(record, "ce_dataschema"))
                .isEqualTo(EventType.GIFT_DECLARATION_DUE.dataSchema().toString());
        assertThat(EventSchemas.problems(EventType.GIFT_DECLARATION_DUE, record.value())).as(record.value()).isEmpty();
        JsonNode data = TestHttp.JSON_MAPPER.readTree(record.value());
        assertThat(data.propertyNames()).containsExactlyInAnyOrder("visitId", "declarationId", "valueYuan",
                "thresholdYuan", "receivedOn", "dueDate", "createdAt");
        assertThat(data.get("declarationId").asString()).isEqualTo(declarationId);
        assertThat(data.get("valueYuan").decimalValue()).isEqualByComparingTo("200");
        assertThat(data.get("dueDate").asString()).isEqualTo(dueDate);
        assertThat(data.get("receivedOn").asString()).isEqualTo(receivedOn.toString());
        assertThat(record.value()).as("no names of giver or receiver, no description")
                .doesNotContain("Kim").doesNotContain("Bonghwa").doesNotContain("李秘书").doesNotContain("青瓷");

        TestHttp.Answer due = http.get(DECLARATIONS + "?status=DUE&size=100", auditor);
        assertThat(due.status()).as(due.body()).isEqualTo(200);
        assertThat(due.json().get("items").findValuesAsString("declarationId")).contains(declarationId);
        assertThat(http.get(DECLARATIONS + "?status=DUE", clerk).status()).isEqualTo(403);
        assertThat(http.get(DECLARATIONS + "?status=DUE", director).status()).isEqualTo(403);

        TestHttp.Answer one = http.get(DECLARATIONS + "/" + declarationId, reception);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.json().get("visitId").asString()).isEqualTo(visitId);
        assertThat(one.json().get("from").asString()).isEqualTo("Kim Min-su, Bonghwa County");
        assertThat(one.json().get("overdue").asBoolean()).as("received three days ago").isFalse();

        TestHttp.Answer declared = post(DECLARATIONS + "/" + declarationId + "/declared", reception,
                one.header("ETag"), TestHttp.json(Map.of("handedInOn", today.toString(), "handedInBy", "李秘书",
                        "handedTo", "市机关事务管理局")));
        assertThat(declared.status()).as(declared.body()).isEqualTo(200);
        assertThat(declared.json().get("status").asString()).isEqualTo("DECLARED");
        assertThat(declared.json().get("declaredBy").asString()).isEqualTo("zhou.reception");
        assertThat(http.get(DECLARATIONS + "?status=DUE&size=100", reception).json().get("items")
                .findValuesAsString("declarationId")).doesNotContain(declarationId);
        assertThat(http.get(DECLARATIONS + "?status=DECLARED&size=100", auditor).json().get("items")
                .findValuesAsString("declarationId")).contains(declarationId);
        TestHttp.Answer again = post(DECLARATIONS + "/" + declarationId + "/declared", reception, null,
                TestHttp.json(Map.of("handedInOn", today.toString(), "handedInBy", "李秘书", "handedTo", "别处")));
        assertThat(again.status()).as(again.body()).isEqualTo(409);

        assertThat(recordsAbout(visitId)).as("announced once").hasSize(1);
    }

    @Test
    void anOverdueDeclarationIsListedAsOverdue() {
        String visitId = approvedVisit();
        String receivedOn = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(40).toString();
        TestHttp.Answer gift = post(VISITS + "/" + visitId + "/hospitality/gifts-received", reception, null,
                received("880", receivedOn));
        assertThat(gift.status()).as(gift.body()).isEqualTo(201);
        String declarationId = gift.json().get("giftsReceived").get(0).get("declarationId").asString();

        JsonNode overdue = http.get(DECLARATIONS + "?status=DUE&overdue=true&size=100", reception).json();
        JsonNode item = null;
        for (JsonNode candidate : overdue.get("items")) {
            if (declarationId.equals(candidate.get("declarationId").asString())) {
                item = candidate;
            }
        }
        assertThat(item).as(overdue.toString()).isNotNull();
        assertThat(item.get("overdue").asBoolean()).isTrue();
        assertThat(item.get("daysOverdue").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(item.get("status").asString()).isEqualTo("DUE");
    }

    @Test
    void giftRulesAreReportedTogetherAndAClosedVisitTakesNothingMore() {
        String visitId = approvedVisit();
        String hospitality = VISITS + "/" + visitId + "/hospitality";

        TestHttp.Answer given = post(hospitality + "/gifts-given", reception, null, given("guest-1", "HEAD_OF_DELEGATION",
                "200", false, false));
        assertThat(given.status()).as(given.body()).isEqualTo(201);
        assertThat(given.json().get("giftsGiven").get(0).get("cap").asInt()).isEqualTo(200);
        String giftEntry = given.json().get("giftsGiven").get(0).get("entryId").asString();

        TestHttp.Answer refused = post(hospitality + "/gifts-given", reception, null, given("guest-1", "OTHER", "201",
                true, false));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("violations").findValuesAsString("code")).containsExactly("GIFT_VALUE_EXCEEDED",
                "GIFT_RECIPIENT_NOT_ALLOWED", "GIFT_ALREADY_GIVEN", "GIFT_FIRST_VISIT_NOT_IN_RETURN");
        assertThat(refused.body()).contains("GIFT_CAP_BUREAU").contains("S18b").contains("S21");

        TestHttp.Answer invalid = post(hospitality + "/gifts-given", reception, null, TestHttp.json(Map.of(
                "guestId", "", "recipientRole", "MAYOR", "valueYuan", -1)));
        assertThat(invalid.status()).as(invalid.body()).isEqualTo(400);
        assertThat(invalid.json().get("errors").findValuesAsString("field")).contains("guestId", "recipientRole",
                "recipientRank", "giverRank", "valueYuan", "firstVisit");

        assertThat(post(hospitality + "/gifts-given", director, null, given("guest-2", "SPOUSE", "100", false, false))
                .status()).isEqualTo(403);

        TestHttp.Answer removed = send(http.request(hospitality + "/gifts-given/" + giftEntry, reception)
                .header("If-Match", given.header("ETag")).DELETE().build());
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().get("giftsGiven").size()).isZero();

        String etag = http.get(VISITS + "/" + visitId, reception).header("ETag");
        TestHttp.Answer cancelled = post(VISITS + "/" + visitId + "/cancel", reception, etag,
                TestHttp.json(Map.of("reason", "The guests postponed their trip")));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

        TestHttp.Answer closed = post(hospitality + "/banquets", reception, null, banquet("BUFFET", "BUREAU", "100"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(409);
        assertThat(http.get(hospitality, auditor).status()).isEqualTo(200);
        assertThat(http.get(hospitality, clerk).status()).isEqualTo(403);
        assertThat(http.get(VISITS + "/no-such-visit/hospitality", reception).status()).isEqualTo(404);
    }

    private String requestVisit() {
        TestHttp.Answer requested = http.post(VISITS, reception, TestHttp.json(new HashMap<>(Map.of(
                "title", Map.of("zh", "韩国奉化郡代表团来访", "en", "Bonghwa County delegation"),
                "invitingDepartment", "市外事办", "arrivalDate", "2027-06-15", "departureDate", "2027-06-18",
                "guestCount", 12, "hostingMode", "FULL", "countries", List.of("KR")))));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        return requested.json().get("id").asString();
    }

    @Test
    void whenTheVisitKeepsAGuestListTheListSaysWhoReceivesAndWhetherItIsAFirstVisit() {
        String visitId = approvedVisit();
        String hospitality = VISITS + "/" + visitId + "/hospitality";
        String head = post(VISITS + "/" + visitId + "/guests", reception, null, TestHttp.json(Map.of(
                "latinName", "PARK Hyun-woo", "country", "KR", "rank", "BUREAU", "serving", true,
                "headOfDelegation", true, "firstVisitToCity", false))).json().get("id").asString();
        TestHttp.Answer withNewcomer = post(VISITS + "/" + visitId + "/guests", reception, null, TestHttp.json(Map.of(
                "latinName", "LEE Jun-ho", "country", "KR", "rank", "DIVISION", "serving", true,
                "headOfDelegation", false, "firstVisitToCity", true)));
        assertThat(withNewcomer.status()).as(withNewcomer.body()).isEqualTo(201);
        String newcomer = withNewcomer.json().get("id").asString();

        TestHttp.Answer stranger = post(hospitality + "/gifts-given", reception, null,
                given("someone-else", "KEY_MEMBER", "100", false, false));
        assertThat(stranger.status()).as(stranger.body()).isEqualTo(422);
        assertThat(stranger.json().get("violations").findValuesAsString("code"))
                .containsExactly("GIFT_RECIPIENT_NOT_A_GUEST");
        TestHttp.Answer firstVisit = post(hospitality + "/gifts-given", reception, null,
                given(newcomer, "KEY_MEMBER", "100", false, false));
        assertThat(firstVisit.json().get("violations").findValuesAsString("code")).as("the list says first visit")
                .containsExactly("GIFT_FIRST_VISIT_NOT_IN_RETURN");
        TestHttp.Answer toTheHead = post(hospitality + "/gifts-given", reception, null,
                given(head, "OTHER", "180", false, false));
        assertThat(toTheHead.status()).as(toTheHead.body()).isEqualTo(201);
        assertThat(toTheHead.json().get("giftsGiven").get(0).get("recipientRole").asString())
                .as("the list says who heads the delegation").isEqualTo("HEAD_OF_DELEGATION");
    }

    private String approvedVisit() {
        String id = requestVisit();
        TestHttp.Answer approved = post(VISITS + "/" + id + "/approve-invitation", director, "\"0\"", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return id;
    }

    private TestHttp.Answer post(String path, String token, String ifMatch, String json) {
        HttpRequest.Builder request = http.request(path, token).header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.POST(json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private TestHttp.Answer send(HttpRequest request) {
        return http.send(request);
    }

    private static String banquet(String kind, String hostRank, String costPerHead) {
        return TestHttp.json(Map.of("kind", kind, "date", "2027-06-16", "hostName", "王市长", "hostRank", hostRank,
                "headcount", 12, "costPerHeadYuan", costPerHead));
    }

    private static String given(String guestId, String role, String value, boolean firstVisit, boolean inReturn) {
        return TestHttp.json(Map.of("guestId", guestId, "recipientRole", role, "recipientRank", "BUREAU",
                "giverRank", "BUREAU", "valueYuan", value, "firstVisit", firstVisit, "inReturn", inReturn));
    }

    private static String received(String value, String receivedOn) {
        return TestHttp.json(Map.of("from", "Kim Min-su, Bonghwa County", "receivedBy", "李秘书", "valueYuan", value,
                "receivedOn", receivedOn, "description", "青瓷茶具"));
    }

    private List<ConsumerRecord<String, String>> recordsAbout(String id) {
        return TestKafka.readAll(brokers, TOPIC).stream().filter(record -> id.equals(record.key())).toList();
    }
}
