package io.waishi.reception.visit;

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
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A visit from request to archive over HTTP, each step by its role with If-Match, and what partners read on
 * the visits topic: approved (for sister-city), completed with its summary, cancelled with its reason.
 */
@TestPropertySource(properties = "waishi.demo-data.enabled=true")
class VisitWorkflowIT extends ReceptionOverHttp {

    static final String VISITS = "/api/receptions/visits";

    @Test
    void fromRequestToArchiveEachStepByItsRoleAndPartnersReadApprovalAndCompletion() {
        LocalDate arrival = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);
        Map<String, Object> body = VisitLifecycleIT.bonghwa();
        body.put("arrivalDate", arrival.toString());
        body.put("departureDate", arrival.plusDays(3).toString());
        TestHttp.Answer requested = http.post(VISITS, reception, TestHttp.json(body));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String id = requested.json().get("id").asString();
        String etag = requested.header("ETag");

        assertThat(act(id, "approve-invitation", reception, etag, null).status()).isEqualTo(403);
        assertThat(act(id, "send-invitation", reception, etag, null).status()).as("not approved yet").isEqualTo(409);
        etag = ok(act(id, "approve-invitation", director, etag, null));
        assertThat(act(id, "send-invitation", reception, "\"0\"", null).status()).isEqualTo(412);
        etag = ok(act(id, "send-invitation", reception, etag, null));
        TestHttp.Answer noLetters = act(id, "visa-letters-issued", reception, etag, null);
        assertThat(noLetters.status()).as(noLetters.body()).isEqualTo(422);
        assertThat(noLetters.json().get("violations").get(0).get("code").asString()).isEqualTo("VISA_LETTERS_MISSING");
        TestHttp.Answer noPlan = act(id, "submit-plan", reception, etag, null);
        assertThat(noPlan.json().get("violations").get(0).get("code").asString()).isEqualTo("RECEPTION_PLAN_MISSING");
        TestHttp.Answer plan = http.send(http.request(VISITS + "/" + id + "/plan", reception)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(TestHttp.json(Map.of("items", List.of(Map.of("id", "talks",
                        "start", arrival + "T09:00", "end", arrival + "T10:00", "kind", "TALKS",
                        "title", Map.of("zh", "会谈", "en", "Talks"))))))).build());
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        etag = ok(act(id, "submit-plan", reception, etag, null));
        etag = ok(act(id, "approve-plan", director, etag, null));

        List<String> upcoming = http.get(VISITS + "/upcoming?withinDays=30", reception).json().valueStream()
                .map(visit -> visit.get("id").asString()).toList();
        assertThat(upcoming).contains(id);
        assertThat(http.get(VISITS + "/upcoming?withinDays=5", reception).json().valueStream()
                .map(visit -> visit.get("id").asString()).toList()).as("arrives in ten days").doesNotContain(id);

        etag = ok(act(id, "start", reception, etag, null));
        assertThat(act(id, "complete", reception, etag, Map.of()).status()).as("no summary").isEqualTo(400);
        etag = ok(act(id, "complete", reception, etag, Map.of("summary",
                Map.of("zh", "签署青少年交流备忘录", "en", "A youth exchange memorandum"))));
        TestHttp.Answer archived = act(id, "archive", reception, etag, null);
        assertThat(archived.status()).as(archived.body()).isEqualTo(200);
        assertThat(archived.json().get("history").findValuesAsString("to")).as("no visa needed: no letters step")
                .containsExactly("REQUESTED", "INVITATION_APPROVED", "INVITED", "PLAN_DRAFTED", "PLAN_APPROVED",
                        "IN_PROGRESS", "COMPLETED", "ARCHIVED");
        assertThat(archived.json().get("actions")).isEmpty();
        assertThat(archived.json().get("summary").get("en").asString()).contains("memorandum");

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20))
                .until(() -> recordsAbout(id), list -> list.size() == 3);
        assertThat(records).extracting(record -> TestKafka.header(record, "ce_type")).containsExactly(
                EventType.VISIT_REQUESTED.typeName(), EventType.VISIT_APPROVED.typeName(),
                EventType.VISIT_COMPLETED.typeName());
        JsonNode approved = TestHttp.JSON_MAPPER.readTree(records.get(1).value());
        assertThat(EventSchemas.problems(EventType.VISIT_APPROVED, records.get(1).value())).isEmpty();
        assertThat(approved.get("countries").valueStream().map(JsonNode::asString).toList()).containsExactly("KR");
        assertThat(approved.get("partnerCityId").asString()).isEqualTo(VisitFixtures.BONGHWA_CITY_ID);
        assertThat(EventSchemas.problems(EventType.VISIT_COMPLETED, records.get(2).value())).isEmpty();
        assertThat(TestHttp.JSON_MAPPER.readTree(records.get(2).value()).get("summary").get("zh").asString())
                .contains("备忘录");
    }

    @Test
    void tooManyHostedDaysAreRefusedWithTheRuleAndAVisitIsCancelledWithItsReason() {
        Map<String, Object> body = VisitLifecycleIT.bonghwa();
        body.put("departureDate", "2027-06-20");
        TestHttp.Answer requested = http.post(VISITS, reception, TestHttp.json(body));
        String id = requested.json().get("id").asString();
        TestHttp.Answer refused = act(id, "approve-invitation", director, requested.header("ETag"), null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("violations").get(0).get("code").asString()).isEqualTo("HOSTED_DAYS_EXCEEDED");
        assertThat(refused.json().get("violations").get(0).get("message").get("zh").asString()).contains("5天")
                .contains("6天");
        assertThat(http.get(VISITS + "/" + id, auditor).json().get("status").asString()).isEqualTo("REQUESTED");

        assertThat(act(id, "cancel", reception, requested.header("ETag"), Map.of()).status()).isEqualTo(400);
        TestHttp.Answer cancelled = act(id, "cancel", reception, requested.header("ETag"),
                Map.of("reason", "The guests shortened their trip"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        String value = await().atMost(Duration.ofSeconds(20)).until(() -> recordsAbout(id), list -> list.size() == 2)
                .get(1).value();
        assertThat(EventSchemas.problems(EventType.VISIT_CANCELLED, value)).as(value).isEmpty();
        assertThat(TestHttp.JSON_MAPPER.readTree(value).get("reason").asString()).isEqualTo(
                "The guests shortened their trip");
    }

    private List<ConsumerRecord<String, String>> recordsAbout(String id) {
        return TestKafka.readAll(brokers, "waishi.reception.visits").stream().filter(record -> id.equals(record.key()))
                .toList();
    }

    private static String ok(TestHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.header("ETag");
    }

    private TestHttp.Answer act(String id, String act, String token, String ifMatch, Object body) {
        HttpRequest.Builder request = http.request(VISITS + "/" + id + "/" + act, token)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(TestHttp.json(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }
}
