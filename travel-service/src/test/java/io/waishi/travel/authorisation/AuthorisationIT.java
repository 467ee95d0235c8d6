package io.waishi.travel.authorisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.contracts.EventSchemas;
import io.waishi.contracts.EventType;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.platform.testing.TestTokens;
import io.waishi.travel.TravelServiceTest;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/** The multi-trip path over HTTP: requested by a unit, granted once, many trips registered, revoked. */
@TravelServiceTest
class AuthorisationIT {

    private static final String PATH = "/api/travel/authorisations";

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    String brokers;

    TestHttp http;
    final String clerk = TestTokens.user("zhou.clerk").roles("UNIT_CLERK").unit("U-MACHINERY").build();
    final String otherClerk = TestTokens.user("wang.clerk").roles("UNIT_CLERK").unit("U-HEALTH").build();
    final String director = TestTokens.token("zhao.director", "FAO_DIRECTOR");

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://127.0.0.1:" + port);
        brokers = broker.getBrokersAsString();
    }

    @Test
    void oneApprovalCoversAYearOfTripsForItsPeopleAndCountries() {
        TestHttp.Answer requested = http.post(PATH, clerk, TestHttp.json(Map.of("category", "AFTER_SALES",
                "purpose", "After-sales service of exported machinery",
                "people", List.of(Map.of("personId", "MAC-7", "name", "Zhou Wei", "post", "Engineer")),
                "countries", List.of("DE", "KZ"), "validFrom", "2027-01-01")));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String id = requested.json().get("id").asString();
        assertThat(http.get(PATH + "/" + id, otherClerk).status()).isEqualTo(404);
        assertThat(post(id, "grant", clerk, null).status()).isEqualTo(403);

        TestHttp.Answer granted = post(id, "grant", director, null);
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.json().get("validUntil").asString()).isEqualTo("2027-12-31");

        TestHttp.Answer trip = post(id, "trips", clerk, Map.of("personIds", List.of("MAC-7"), "countries", List.of("KZ"),
                "departureDate", "2027-04-01", "returnDate", "2027-04-05", "purpose", "Repair at the Almaty plant"));
        assertThat(trip.status()).as(trip.body()).isEqualTo(200);
        TestHttp.Answer outside = post(id, "trips", clerk, Map.of("personIds", List.of("MAC-9"),
                "countries", List.of("FR"), "departureDate", "2027-04-01", "returnDate", "2027-04-03",
                "purpose", "Trade fair"));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.json().get("violations").findValuesAsString("code")).containsExactlyInAnyOrder(
                "AUTHORISATION_PERSON_NOT_COVERED", "AUTHORISATION_COUNTRY_NOT_COVERED");
        assertThat(outside.json().get("violations").get(0).get("message").get("zh").asString()).isNotBlank();

        TestHttp.Answer revoked = post(id, "revoke", director, Map.of("reason", "The export contract has ended"));
        assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.json().get("trips")).hasSize(1);

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20)).until(
                () -> TestKafka.readAll(brokers, "waishi.travel.authorisations").stream()
                        .filter(record -> id.equals(record.key())).toList(), list -> list.size() == 2);
        assertThat(records).extracting(record -> TestKafka.header(record, "ce_type")).containsExactly(
                EventType.AUTHORISATION_GRANTED.typeName(), EventType.AUTHORISATION_REVOKED.typeName());
        for (ConsumerRecord<String, String> record : records) {
            EventType type = EventType.byTypeName(TestKafka.header(record, "ce_type")).orElseThrow();
            assertThat(EventSchemas.problems(type, record.value())).isEmpty();
            assertThat(record.value()).doesNotContain("Zhou Wei").doesNotContain("MAC-7");
        }
    }

    @Test
    void onlyTheNamedKindsOfStaffCanAskAndUnitsSeeOnlyTheirOwn() {
        TestHttp.Answer refused = http.post(PATH, clerk, TestHttp.json(Map.of("category", "GOVERNMENT_EXCHANGE",
                "purpose", "Talks", "people", List.of(Map.of("personId", "MAC-7", "name", "Zhou Wei")),
                "countries", List.of("DE"), "validFrom", "2027-01-01")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("violations").findValuesAsString("code")).containsExactly("AUTHORISATION_CATEGORY");
        assertThat(http.post(PATH, otherClerk, TestHttp.json(Map.of("category", "ACADEMIC_EXCHANGE",
                "purpose", "Joint research in public health", "people", List.of(Map.of("personId", "HEA-1", "name", "Sun Li")),
                "countries", List.of("SG"), "validFrom", "2027-02-01"))).status()).isEqualTo(201);
        JsonNode others = http.get(PATH + "?unit=U-MACHINERY", otherClerk).json();
        assertThat(others.get("items").findValuesAsString("unit")).containsOnly("U-HEALTH");
    }

    private TestHttp.Answer post(String id, String act, String token, Object body) {
        return http.send(http.request(PATH + "/" + id + "/" + act, token).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(TestHttp.json(body)))
                .build());
    }
}
