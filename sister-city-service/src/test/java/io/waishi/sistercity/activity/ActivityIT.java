package io.waishi.sistercity.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.contracts.EventSchemas;
import io.waishi.contracts.EventType;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.sistercity.SisterCityOverHttp;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The exchanges with a partner city as the office lives them: trips and visits approved, cancelled, back and
 * reported in the other services become planned, cancelled and held activities here — once each, however
 * often their events arrive — and the officer records, holds, cancels and amends the others by hand.
 */
class ActivityIT extends SisterCityOverHttp {

    private static final String PATH = "/api/sister-cities/activities";
    private static final String TOPIC = "waishi.sister-city.activities";

    @Test
    void aDelegationApprovedTwiceReturnedAndReportedIsOneExchangeHeldWithItsOutcome() {
        String partnerId = registerPartner("Yorba Linda");
        String delegationId = TestKafka.newId();
        String approvalId = TestKafka.newId();
        String approval = TestHttp.json(delegation(delegationId, partnerId, Map.of("category", "CULTURAL_PERFORMANCE",
                "departureDate", "2027-04-01", "returnDate", "2027-04-05", "memberCount", 6,
                "approvedAt", "2026-11-20T02:00:00Z")));
        assertThat(EventSchemas.problems(EventType.DELEGATION_APPROVED, approval)).isEmpty();
        publish(EventType.DELEGATION_APPROVED, approvalId, delegationId, approval);
        publish(EventType.DELEGATION_APPROVED, approvalId, delegationId, approval);

        String activityId = ExchangeActivity.idFor(new ActivityOrigin(ActivityOrigin.Kind.TRAVEL_DELEGATION,
                delegationId));
        JsonNode planned = awaitActivity(activityId, a -> a.get("status").asString().equals("PLANNED"));
        assertThat(planned.get("field").asString()).isEqualTo("CULTURE_AND_ARTS");
        assertThat(planned.get("delegationSize").asInt()).isEqualTo(6);
        assertThat(planned.get("direction").asString()).isEqualTo("OUTBOUND");

        String returnedId = TestKafka.newId();
        String returned = TestHttp.json(delegation(delegationId, partnerId, Map.of("departedOn", "2027-04-02",
                "returnedOn", "2027-04-06", "reportDueDate", "2027-05-06", "recordedAt", "2027-04-06T10:00:00Z")));
        assertThat(EventSchemas.problems(EventType.DELEGATION_RETURNED, returned)).isEmpty();
        publish(EventType.DELEGATION_RETURNED, returnedId, delegationId, returned);
        JsonNode held = awaitActivity(activityId, a -> a.get("status").asString().equals("HELD"));
        assertThat(held.get("startDate").asString()).isEqualTo("2027-04-02");
        assertThat(held.get("endDate").asString()).isEqualTo("2027-04-06");

        String report = TestHttp.json(delegation(delegationId, partnerId, Map.of("category", "CULTURAL_PERFORMANCE",
                "departedOn", "2027-04-02", "returnedOn", "2027-04-06",
                "summary", Map.of("zh", "演出三场，签署文化交流备忘录", "en", "Three performances, a memorandum"),
                "tasksDone", List.of("performances"), "followUps", List.of(), "fundsUsedYuan", 120000,
                "photoCount", 12, "submittedAt", "2027-04-20T02:00:00Z")));
        assertThat(EventSchemas.problems(EventType.TRIP_REPORT_SUBMITTED, report)).isEmpty();
        publish(EventType.TRIP_REPORT_SUBMITTED, TestKafka.newId(), delegationId, report);
        publish(EventType.DELEGATION_RETURNED, returnedId, delegationId, returned);
        JsonNode reported = awaitActivity(activityId, a -> a.has("outcome"));
        assertThat(reported.get("outcome").get("zh").asString()).contains("备忘录");
        assertThat(reported.get("status").asString()).isEqualTo("HELD");

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20))
                .until(() -> records(activityId), list -> list.size() == 3);
        assertThat(records).extracting(r -> TestHttp.JSON_MAPPER.readTree(r.value()).get("status").asString())
                .as("planned, held on return, restated with the report's outcome").containsExactly("PLANNED", "HELD",
                        "HELD");
        assertThat(TestHttp.JSON_MAPPER.readTree(records.get(2).value()).get("outcome").get("zh").asString())
                .contains("备忘录");
        for (ConsumerRecord<String, String> record : records) {
            assertThat(TestKafka.header(record, "ce_type")).isEqualTo(EventType.ACTIVITY_RECORDED.typeName());
            assertThat(EventSchemas.problems(EventType.ACTIVITY_RECORDED, record.value())).isEmpty();
            assertThat(TestHttp.JSON_MAPPER.readTree(record.value()).get("field").asString()).isEqualTo("CULTURE_AND_ARTS");
        }
        assertThat(http.get(PATH + "?partnerCityId=" + partnerId, officer).json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void aReturnWhoseApprovalWasNeverSeenIsRecordedHeldAndACancelledTripIsCancelled() {
        String partnerId = registerPartner("Bonghwa");
        String unseen = TestKafka.newId();
        publish(EventType.DELEGATION_RETURNED, TestKafka.newId(), unseen, TestHttp.json(delegation(unseen, partnerId,
                Map.of("departedOn", "2027-05-02", "returnedOn", "2027-05-04", "reportDueDate", "2027-06-04",
                        "recordedAt", "2027-05-04T10:00:00Z"))));
        JsonNode held = awaitActivity(ExchangeActivity.idFor(new ActivityOrigin(ActivityOrigin.Kind.TRAVEL_DELEGATION,
                unseen)), a -> true);
        assertThat(held.get("status").asString()).isEqualTo("HELD");
        assertThat(held.get("startDate").asString()).isEqualTo("2027-05-02");

        String called = TestKafka.newId();
        publish(EventType.DELEGATION_APPROVED, TestKafka.newId(), called, TestHttp.json(delegation(called, partnerId,
                Map.of("departureDate", "2027-06-01", "returnDate", "2027-06-03", "memberCount", 3,
                        "approvedAt", "2026-11-20T02:00:00Z"))));
        String calledId = ExchangeActivity.idFor(new ActivityOrigin(ActivityOrigin.Kind.TRAVEL_DELEGATION, called));
        awaitActivity(calledId, a -> true);
        String cancellation = TestHttp.json(delegation(called, partnerId, Map.of("departureDate", "2027-06-01",
                "returnDate", "2027-06-03", "reason", "The partner postponed", "passportsOutstanding", 0,
                "cancelledAt", "2026-12-01T02:00:00Z")));
        assertThat(EventSchemas.problems(EventType.DELEGATION_CANCELLED, cancellation)).isEmpty();
        publish(EventType.DELEGATION_CANCELLED, TestKafka.newId(), called, cancellation);
        JsonNode cancelled = awaitActivity(calledId, a -> a.get("status").asString().equals("CANCELLED"));
        assertThat(cancelled.get("cancellationReason").asString()).isEqualTo("The partner postponed");
        ConsumerRecord<String, String> announced = await().atMost(Duration.ofSeconds(20))
                .until(() -> records(calledId), list -> list.size() == 2).get(1);
        assertThat(TestKafka.header(announced, "ce_type")).isEqualTo(EventType.ACTIVITY_CANCELLED.typeName());
        assertThat(EventSchemas.problems(EventType.ACTIVITY_CANCELLED, announced.value())).isEmpty();

        TestHttp.Answer plannedOnly = http.get(PATH + "?partnerCityId=" + partnerId + "&status=CANCELLED", auditor);
        assertThat(plannedOnly.json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void visitsFromAPartnerArePlannedHeldOrCancelledAndOthersIgnored() {
        String partnerId = registerPartner("Yorba Linda");
        String visitId = TestKafka.newId();
        String approved = TestHttp.json(visit(visitId, partnerId, Map.of("guestCount", 8,
                "approvedAt", "2026-12-01T02:00:00Z")));
        assertThat(EventSchemas.problems(EventType.VISIT_APPROVED, approved)).isEmpty();
        publish(EventType.VISIT_APPROVED, TestKafka.newId(), visitId, approved);
        String activityId = ExchangeActivity.idFor(new ActivityOrigin(ActivityOrigin.Kind.RECEPTION_VISIT, visitId));
        JsonNode planned = awaitActivity(activityId, a -> true);
        assertThat(planned.get("direction").asString()).isEqualTo("INBOUND");
        assertThat(planned.get("delegationSize").asInt()).isEqualTo(8);

        String completed = TestHttp.json(visit(visitId, partnerId, Map.of("guestCount", 8,
                "summary", Map.of("zh", "参观陶瓷博物馆并商定互派学生", "en", "Student exchange agreed"),
                "completedAt", "2027-03-12T02:00:00Z")));
        assertThat(EventSchemas.problems(EventType.VISIT_COMPLETED, completed)).isEmpty();
        publish(EventType.VISIT_COMPLETED, TestKafka.newId(), visitId, completed);
        JsonNode held = awaitActivity(activityId, a -> a.get("status").asString().equals("HELD"));
        assertThat(held.get("outcome").get("en").asString()).isEqualTo("Student exchange agreed");

        String otherVisit = TestKafka.newId();
        publish(EventType.VISIT_APPROVED, TestKafka.newId(), otherVisit, TestHttp.json(visit(otherVisit, partnerId,
                Map.of("guestCount", 3, "approvedAt", "2026-12-01T02:00:00Z"))));
        String otherId = ExchangeActivity.idFor(new ActivityOrigin(ActivityOrigin.Kind.RECEPTION_VISIT, otherVisit));
        awaitActivity(otherId, a -> true);
        String cancelled = TestHttp.json(Map.of("visitId", otherVisit, "partnerCityId", partnerId,
                "reason", "Typhoon", "cancelledAt", "2027-02-01T02:00:00Z"));
        assertThat(EventSchemas.problems(EventType.VISIT_CANCELLED, cancelled)).isEmpty();
        publish(EventType.VISIT_CANCELLED, TestKafka.newId(), otherVisit, cancelled);
        awaitActivity(otherId, a -> a.get("status").asString().equals("CANCELLED"));

        String strangers = TestKafka.newId();
        String noPartner = TestKafka.newId();
        Map<String, Object> unregistered = visit(strangers, TestKafka.newId(), Map.of("guestCount", 2,
                "approvedAt", "2026-12-01T02:00:00Z"));
        Map<String, Object> none = new HashMap<>(visit(noPartner, partnerId, Map.of("guestCount", 2,
                "approvedAt", "2026-12-01T02:00:00Z")));
        none.remove("partnerCityId");
        publish(EventType.VISIT_APPROVED, TestKafka.newId(), strangers, TestHttp.json(unregistered));
        publish(EventType.VISIT_APPROVED, TestKafka.newId(), noPartner, TestHttp.json(none));
        // A marker published after them: once it is in, they have been consumed.
        String marker = TestKafka.newId();
        publish(EventType.VISIT_APPROVED, TestKafka.newId(), marker, TestHttp.json(visit(marker, partnerId,
                Map.of("guestCount", 1, "approvedAt", "2026-12-01T02:00:00Z"))));
        awaitActivity(ExchangeActivity.idFor(new ActivityOrigin(ActivityOrigin.Kind.RECEPTION_VISIT, marker)), a -> true);
        for (String ignored : List.of(strangers, noPartner)) {
            assertThat(http.get(PATH + "/" + ExchangeActivity.idFor(new ActivityOrigin(
                    ActivityOrigin.Kind.RECEPTION_VISIT, ignored)), officer).status()).isEqualTo(404);
        }
        assertThat(http.get(PATH + "?partnerCityId=" + partnerId + "&direction=INBOUND", officer).json()
                .get("total").asInt()).isEqualTo(3);
    }

    @Test
    void theOfficerRecordsHoldsAmendsAndCancelsByHand() {
        String partnerId = registerPartner("Yorba Linda");
        TestHttp.Answer created = http.post(PATH, officer, TestHttp.json(Map.of("partnerCityId", partnerId,
                "direction", "INBOUND", "title", Map.of("zh", "约巴林达陶艺家来访", "en", "Potters from Yorba Linda"),
                "startDate", "2027-09-10", "endDate", "2027-09-10", "field", "CULTURE_AND_ARTS",
                "tags", List.of("Ceramics", "city week"), "delegationSize", 4)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);
        assertThat(created.json().get("tags").valueStream().map(JsonNode::asString).toList())
                .containsExactly("ceramics", "city-week");
        assertThat(created.json().get("actions").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("AMEND", "HOLD", "CANCEL");
        String etag = created.header("ETag");

        TestHttp.Answer early = command("PATCH", id, "details", officer, etag,
                Map.of("outcome", Map.of("zh", "尚未举行")));
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.json().get("violations").get(0).get("code").asString())
                .isEqualTo(ActivityRules.OUTCOME_BEFORE_HELD);
        assertThat(early.json().get("violations").get(0).get("message").get("zh").asString()).contains("尚未举行");

        TestHttp.Answer held = command("POST", id, "held", officer, etag, Map.of("endDate", "2027-09-11",
                "outcome", Map.of("zh", "联合举办陶艺展", "en", "A joint ceramics exhibition")));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.json().get("status").asString()).isEqualTo("HELD");
        assertThat(command("POST", id, "held", officer, etag, Map.of("outcome", Map.of("zh", "再次"))).status())
                .isEqualTo(412);
        TestHttp.Answer again = command("POST", id, "held", officer, held.header("ETag"),
                Map.of("outcome", Map.of("zh", "再次")));
        assertThat(again.status()).isEqualTo(409);

        TestHttp.Answer amended = command("PATCH", id, "details", officer, held.header("ETag"),
                Map.of("tags", List.of("ceramics", "exhibition"), "delegationSize", 5));
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(amended.json().get("delegationSize").asInt()).isEqualTo(5);
        assertThat(command("POST", id, "cancel", officer, amended.header("ETag"), Map.of("reason", "Too late"))
                .status()).isEqualTo(409);

        TestHttp.Answer other = http.post(PATH, officer, TestHttp.json(Map.of("partnerCityId", partnerId,
                "direction", "OUTBOUND", "title", Map.of("zh", "教育考察"), "startDate", "2028-03-01",
                "endDate", "2028-03-04", "field", "EDUCATION")));
        String otherId = other.json().get("id").asString();
        TestHttp.Answer cancelled = command("POST", otherId, "cancel", officer, other.header("ETag"),
                Map.of("reason", "Budget moved to next year"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");

        assertThat(ids(PATH + "?partnerCityId=" + partnerId + "&tag=Exhibition")).containsExactly(id);
        assertThat(ids(PATH + "?partnerCityId=" + partnerId + "&field=EDUCATION")).containsExactly(otherId);
        assertThat(ids(PATH + "?partnerCityId=" + partnerId + "&year=2027")).containsExactly(id);
        assertThat(ids(PATH + "?partnerCityId=" + partnerId + "&from=2027-09-10&to=2028-03-01"))
                .containsExactly(otherId, id);
        assertThat(ids(PATH + "?partnerCityId=" + partnerId + "&from=2027-09-11")).containsExactly(otherId);
        assertThat(ids(PATH + "?partnerCityId=" + partnerId + "&status=HELD&direction=INBOUND")).containsExactly(id);
        assertThat(ids(PATH + "?partnerCityId=" + partnerId + "&direction=OUTBOUND&status=HELD")).isEmpty();

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20))
                .until(() -> records(id), list -> list.size() == 3);
        assertThat(TestHttp.JSON_MAPPER.readTree(records.get(2).value()).get("tags").valueStream()
                .map(JsonNode::asString).toList()).as("the amendment announced").containsExactly("ceramics", "exhibition");
        for (ConsumerRecord<String, String> record : records) {
            assertThat(EventSchemas.problems(EventType.ACTIVITY_RECORDED, record.value())).isEmpty();
        }
        ConsumerRecord<String, String> cancellation = await().atMost(Duration.ofSeconds(20))
                .until(() -> records(otherId), list -> list.size() == 2).get(1);
        assertThat(EventSchemas.problems(EventType.ACTIVITY_CANCELLED, cancellation.value())).isEmpty();
    }

    @Test
    void refusalsAreProblemsWithTheRightStatus() {
        String partnerId = registerPartner("Yorba Linda");
        Map<String, Object> good = Map.of("partnerCityId", partnerId, "direction", "OUTBOUND",
                "title", Map.of("zh", "友好访问"), "startDate", "2027-04-01", "endDate", "2027-04-05");
        assertThat(http.post(PATH, clerk, TestHttp.json(good)).status()).isEqualTo(403);
        assertThat(http.post(PATH, auditor, TestHttp.json(good)).status()).isEqualTo(403);

        TestHttp.Answer invalid = http.post(PATH, officer, TestHttp.json(Map.of("partnerCityId", partnerId,
                "title", Map.of("zh", ""), "startDate", "2027-04-01", "delegationSize", 0)));
        assertThat(invalid.status()).as(invalid.body()).isEqualTo(400);
        assertThat(invalid.json().get("errors").findValuesAsString("field"))
                .contains("direction", "title.zh", "endDate", "delegationSize");
        assertThat(http.post(PATH, officer, TestHttp.json(Map.of("partnerCityId", partnerId, "direction", "SIDEWAYS",
                "title", Map.of("zh", "x"), "startDate", "2027-04-01", "endDate", "2027-04-01"))).status())
                .isEqualTo(400);

        Map<String, Object> broken = new HashMap<>(good);
        broken.put("partnerCityId", TestKafka.newId());
        broken.put("endDate", "2027-03-31");
        broken.put("status", "HELD");
        TestHttp.Answer refused = http.post(PATH, officer, TestHttp.json(broken));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("violations").findValuesAsString("code")).containsExactly(
                "ACTIVITY_PARTNER_UNKNOWN", "ACTIVITY_END_BEFORE_START", "ACTIVITY_OUTCOME_REQUIRED");
        assertThat(refused.json().get("violations").get(1).get("message").get("en").asString())
                .contains("2027-03-31").contains("2027-04-01");

        assertThat(http.get(PATH + "?year=2027&from=2027-01-01", officer).status()).isEqualTo(400);
        assertThat(http.get(PATH + "?tag=--", officer).status()).isEqualTo(400);
        assertThat(http.get(PATH + "?field=GARDENING", officer).status()).isEqualTo(400);
        assertThat(http.get(PATH, clerk).status()).isEqualTo(403);
        assertThat(http.get("/api/sister-cities/partner-cities/" + partnerId + "/activities", clerk).status())
                .as("a partner's activities are read by the same roles").isEqualTo(403);
        assertThat(http.get("/api/sister-cities/partner-cities/" + partnerId + "/activities", auditor).status())
                .isEqualTo(200);
        assertThat(http.get(PATH + "/" + TestKafka.newId(), auditor).status()).isEqualTo(404);
    }

    private String registerPartner(String en) {
        TestHttp.Answer registered = http.post("/api/sister-cities/partner-cities", officer, TestHttp.json(Map.of(
                "names", Map.of("zh", "伙伴城市", "en", en), "country", "US", "administrativeLevel", "PREFECTURE_CITY",
                "diplomaticRelations", true)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private static Map<String, Object> delegation(String delegationId, String partnerId, Map<String, Object> more) {
        Map<String, Object> data = new HashMap<>(Map.of("delegationId", delegationId, "unit", "U-CULTURE",
                "title", Map.of("zh", "艺术团赴约巴林达演出", "en", "Art troupe to Yorba Linda"), "partnerCityId", partnerId,
                "destinationCountries", List.of("US")));
        data.putAll(more);
        return data;
    }

    private static Map<String, Object> visit(String visitId, String partnerId, Map<String, Object> more) {
        Map<String, Object> data = new HashMap<>(Map.of("visitId", visitId, "invitingDepartment", "市教育局",
                "title", Map.of("zh", "约巴林达教育代表团来访", "en", "Yorba Linda education delegation"),
                "partnerCityId", partnerId, "countries", List.of("US"), "arrivalDate", "2027-03-10",
                "departureDate", "2027-03-12"));
        data.putAll(more);
        return data;
    }

    private void publish(EventType type, String eventId, String subject, String json) {
        TestKafka.publish(brokers, TestKafka.cloudEvent(type, eventId, subject, json));
    }

    private JsonNode awaitActivity(String id, java.util.function.Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            TestHttp.Answer answer = http.get(PATH + "/" + id, officer);
            return answer.status() == 200 ? answer.json() : null;
        }, json -> json != null && condition.test(json));
    }

    private List<String> ids(String query) {
        TestHttp.Answer answer = http.get(query, officer);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private List<ConsumerRecord<String, String>> records(String key) {
        return TestKafka.readAll(brokers, TOPIC).stream().filter(r -> key.equals(r.key())).toList();
    }

    private TestHttp.Answer command(String method, String id, String act, String token, String ifMatch, Object body) {
        HttpRequest.Builder request = http.request(PATH + "/" + id + "/" + act, token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(TestHttp.json(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }
}
