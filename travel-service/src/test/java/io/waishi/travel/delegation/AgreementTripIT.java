package io.waishi.travel.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.contracts.EventType;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.travel.TravelServiceTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * A delegation going mainly to sign an agreement with a partner city waits for CPAFFC's approval of the
 * relationship (S13), as sister-city-service announces it on Kafka.
 */
@TravelServiceTest
class AgreementTripIT {

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    MongoTemplate mongo;

    TestHttp http;
    String brokers;
    final String partner = UUID.randomUUID().toString();
    final String relationship = UUID.randomUUID().toString();

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://127.0.0.1:" + port);
        brokers = broker.getBrokersAsString();
        TestOffice.setParameter(http, "PRE_TRIP_NOTICE_WORKING_DAYS", 0);
    }

    private void announce(String eventId, String fromStage, String toStage, String reference, String changedAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("relationshipId", relationship);
        data.put("partnerCityId", partner);
        data.put("kind", "SISTER_CITY");
        if (fromStage != null) {
            data.put("fromStage", fromStage);
        }
        data.put("toStage", toStage);
        if (reference != null) {
            data.put("approvalReference", reference);
        }
        data.put("changedAt", changedAt);
        TestKafka.publish(brokers, TestKafka.cloudEvent(EventType.RELATIONSHIP_STAGE_CHANGED, eventId, relationship,
                TestHttp.json(data)));
    }

    private Map<String, Object> agreementTrip(TestOffice office) {
        Map<String, Object> plan = office.plan("JP");
        plan.put("partnerCityId", partner);
        plan.put("signsAgreement", true);
        return plan;
    }

    private JsonNode precheck(String id, TestOffice office) {
        return http.get("/api/travel/delegations/" + id + "/precheck", office.clerk).json();
    }

    @Test
    void anAgreementTripIsRefusedUntilCpaffcApprovedThePartnersRelationship() {
        announce(TestKafka.newId(), "CITY_APPROVED", "PROVINCE_REVIEWED", null, "2026-09-01T02:00:00Z");
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        String id = office.draft(agreementTrip(office));
        JsonNode drafted = http.get("/api/travel/delegations/" + id, office.clerk).json();
        assertThat(drafted.get("signsAgreement").asBoolean()).isTrue();

        await().atMost(Duration.ofSeconds(20)).until(() -> precheck(id, office).get("violations").valueStream()
                .anyMatch(v -> "PROVINCE_REVIEWED".equals(v.get("parameters").get("stage").asString())));
        TestHttp.Answer refused = office.command(id, "submit", office.clerk, null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode violation = refused.json().get("violations").get(0);
        assertThat(refused.json().get("violations").findValuesAsString("code"))
                .containsExactly("AGREEMENT_NEEDS_CPAFFC_APPROVAL");
        assertThat(violation.get("parameters").get("partnerCityId").asString()).isEqualTo(partner);
        assertThat(violation.get("message").get("zh").asString())
                .startsWith("以签署友城协议为主要任务的出访，须在全国对外友协批准后进行").contains("PROVINCE_REVIEWED")
                .contains("依据 S13");

        // An older announcement delivered late, and the approval delivered twice, settle on the approval.
        String approval = TestKafka.newId();
        announce(approval, "PROVINCE_REVIEWED", "CPAFFC_APPROVED", "CPAFFC-2026-17", "2026-10-15T02:00:00Z");
        announce(approval, "PROVINCE_REVIEWED", "CPAFFC_APPROVED", "CPAFFC-2026-17", "2026-10-15T02:00:00Z");
        announce(TestKafka.newId(), "EXCHANGING", "CITY_APPROVED", null, "2026-06-01T02:00:00Z");
        await().atMost(Duration.ofSeconds(20)).until(() -> precheck(id, office).get("submittable").asBoolean());
        TestHttp.Answer submitted = office.command(id, "submit", office.clerk, null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void theDirectorsApprovalChecksThePartnerAgainAndAFileThatSignsNothingIsNotConcerned() {
        announce(TestKafka.newId(), "PROVINCE_REVIEWED", "CPAFFC_APPROVED", "CPAFFC-2026-18", "2026-09-01T02:00:00Z");
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        String id = office.draft(agreementTrip(office));
        await().atMost(Duration.ofSeconds(20)).until(() -> precheck(id, office).get("submittable").asBoolean());
        TestOffice.expect(200, office.command(id, "submit", office.clerk, null));
        TestOffice.expect(200, office.command(id, "sign", office.signatory, null));
        TestOffice.expect(200, office.command(id, "accept", TestOffice.OFFICER, null));

        announce(TestKafka.newId(), "CPAFFC_APPROVED", "TERMINATED", null, "2026-09-20T02:00:00Z");
        await().atMost(Duration.ofSeconds(20)).until(() -> !precheck(id, office).get("submittable").asBoolean());
        TestHttp.Answer refused = office.command(id, "approve", TestOffice.DIRECTOR, null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("violations").findValuesAsString("stage")).containsExactly("TERMINATED");

        Map<String, Object> visit = office.plan("KR");
        visit.put("partnerCityId", partner);
        String other = office.draft(visit);
        assertThat(http.get("/api/travel/delegations/" + other, office.clerk).json().get("signsAgreement").asBoolean())
                .as("false by default").isFalse();
        TestOffice.expect(200, office.command(other, "submit", office.clerk, null));
    }

    @Test
    void aFileStoredBeforeTheFlagExistedReadsAsSigningNothing() {
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        String id = office.draft(office.plan("US"));
        mongo.updateFirst(new Query(Criteria.where("_id").is(id)), new Update().unset("plan.signsAgreement"),
                "delegations");
        JsonNode file = http.get("/api/travel/delegations/" + id, office.clerk).json();
        assertThat(file.get("signsAgreement").asBoolean()).isFalse();
        TestOffice.expect(200, office.command(id, "submit", office.clerk, null));
    }
}
