package io.waishi.sistercity.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.contracts.EventSchemas;
import io.waishi.contracts.EventType;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.sistercity.SisterCityOverHttp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A partner city is registered; travel approves a delegation to it; the partner's page shows the planned
 * exchange — once, however often the approval is delivered.
 */
class ExchangeFromApprovedDelegationIT extends SisterCityOverHttp {

    @Test
    void anApprovalDeliveredThreeTimesPlansOneExchangeWithThePartner() {
        TestHttp.Answer registered = http.post("/api/sister-cities/partner-cities", officer, TestHttp.json(Map.of(
                "names", Map.of("zh", "约巴林达市", "en", "Yorba Linda"), "country", "US", "region", "California",
                "administrativeLevel", "PREFECTURE_CITY", "diplomaticRelations", true)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String partnerId = registered.json().get("id").asString();
        ConsumerRecord<String, String> registration = await().atMost(Duration.ofSeconds(20))
                .until(() -> records("waishi.sister-city.partner-cities", partnerId), list -> list.size() == 1).get(0);
        assertThat(EventSchemas.problems(EventType.PARTNER_CITY_REGISTERED, registration.value())).isEmpty();

        String eventId = TestKafka.newId();
        String delegationId = TestKafka.newId();
        String approval = TestHttp.json(Map.of("delegationId", delegationId, "unit", "U-EDU",
                "title", Map.of("zh", "赴约巴林达友好访问", "en", "Friendship visit"), "partnerCityId", partnerId,
                "destinationCountries", List.of("US"), "departureDate", "2027-04-01", "returnDate", "2027-04-05",
                "memberCount", 5, "approvedAt", "2026-11-20T02:00:00Z", "aFieldFromTheFuture", 42));
        assertThat(EventSchemas.problems(EventType.DELEGATION_APPROVED, approval)).isEmpty();
        for (int delivery = 0; delivery < 3; delivery++) {
            TestKafka.publish(brokers, TestKafka.cloudEvent(EventType.DELEGATION_APPROVED, eventId, delegationId, approval));
        }
        String markerDelegation = TestKafka.newId();
        TestKafka.publish(brokers, TestKafka.cloudEvent(EventType.DELEGATION_APPROVED, TestKafka.newId(),
                markerDelegation, approval.replace(delegationId, markerDelegation)));

        // The second approval (another event) was published after the three copies: once it is in, all are.
        JsonNode activities = await().atMost(Duration.ofSeconds(20))
                .until(() -> http.get("/api/sister-cities/partner-cities/" + partnerId + "/activities", officer).json(),
                        page -> page.get("total").asInt() == 2);
        JsonNode fromFirst = activities.get("items").valueStream()
                .filter(item -> item.get("origin").get("id").asString().equals(delegationId)).findFirst().orElseThrow();
        assertThat(fromFirst.get("direction").asString()).isEqualTo("OUTBOUND");
        assertThat(fromFirst.get("status").asString()).isEqualTo("PLANNED");
        assertThat(fromFirst.get("startDate").asString()).isEqualTo("2027-04-01");

        String activityId = fromFirst.get("id").asString();
        List<ConsumerRecord<String, String>> recorded = await().atMost(Duration.ofSeconds(20))
                .until(() -> records("waishi.sister-city.activities", activityId), list -> list.size() == 1);
        assertThat(EventSchemas.problems(EventType.ACTIVITY_RECORDED, recorded.get(0).value())).isEmpty();
    }

    @Test
    void anUnknownPartnerIs404() {
        TestHttp.Answer answer = http.get("/api/sister-cities/partner-cities/" + TestKafka.newId() + "/activities", officer);
        assertThat(answer.status()).isEqualTo(404);
    }

    private List<ConsumerRecord<String, String>> records(String topic, String key) {
        return TestKafka.readAll(brokers, topic).stream().filter(r -> key.equals(r.key())).toList();
    }
}
