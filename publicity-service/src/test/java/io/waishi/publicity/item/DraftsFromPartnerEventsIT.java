package io.waishi.publicity.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.contracts.EventSchemas;
import io.waishi.contracts.EventType;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.publicity.PublicityOverHttp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A completed visit, a submitted trip report, a relationship put into force and an upcoming anniversary each
 * open one draft for an editor, pre-filled with the facts and linked to their files, however often the event
 * is delivered.
 */
class DraftsFromPartnerEventsIT extends PublicityOverHttp {

    @Test
    void aCompletedVisitFromAPartnerCityOpensOneFeatureDraft() {
        String visitId = TestKafka.newId();
        String partnerCityId = TestKafka.newId();
        deliverTwiceThenMarker(EventType.VISIT_COMPLETED, visitId, visit(visitId, partnerCityId),
                marker -> visit(marker, null));

        JsonNode draft = theOnlyDraftAbout(visitId);
        assertThat(draft.get("kind").asString()).isEqualTo("PARTNER_CITY_FEATURE");
        assertThat(draft.get("about").get("visitId").asString()).isEqualTo(visitId);
        assertThat(draft.get("about").get("partnerCityId").asString()).isEqualTo(partnerCityId);
        assertThat(draft.get("title").get("zh").asString()).isEqualTo("外宾来访：大阪经济代表团来访");
        assertThat(draft.get("title").get("en").asString()).isEqualTo("Visit: Osaka business delegation");
        assertThat(draft.get("summary").get("en").asString()).contains("Signed a memorandum").contains("6 guests")
                .contains("JP").contains("2026-11-02").contains("2026-11-05");
        assertThat(draft.get("origin").get("eventType").asString()).isEqualTo(EventType.VISIT_COMPLETED.typeName());
    }

    @Test
    void aCompletedVisitFromNoPartnerCityOpensANewsDraft() {
        String visitId = TestKafka.newId();
        deliverTwiceThenMarker(EventType.VISIT_COMPLETED, visitId, visit(visitId, null), marker -> visit(marker, null));

        JsonNode draft = theOnlyDraftAbout(visitId);
        assertThat(draft.get("kind").asString()).isEqualTo("NEWS");
        assertThat(draft.get("about").get("visitId").asString()).isEqualTo(visitId);
        assertThat(draft.get("about").has("partnerCityId") && !draft.get("about").get("partnerCityId").isNull())
                .isFalse();
    }

    @Test
    void aSubmittedTripReportOpensOneNewsDraft() {
        String delegationId = TestKafka.newId();
        String partnerCityId = TestKafka.newId();
        deliverTwiceThenMarker(EventType.TRIP_REPORT_SUBMITTED, delegationId, tripReport(delegationId, partnerCityId),
                marker -> tripReport(marker, null));

        JsonNode draft = theOnlyDraftAbout(delegationId);
        assertThat(draft.get("kind").asString()).isEqualTo("NEWS");
        assertThat(draft.get("about").get("delegationId").asString()).isEqualTo(delegationId);
        assertThat(draft.get("about").get("partnerCityId").asString()).isEqualTo(partnerCityId);
        assertThat(draft.get("title").get("zh").asString()).contains("赴德国经贸考察");
        assertThat(draft.get("summary").get("zh").asString()).contains("达成三项合作意向").contains("DE, AT")
                .contains("2026-10-10").contains("2026-10-17");
        assertThat(draft.get("summary").get("en").asString()).contains("Three cooperation intents agreed");
    }

    @Test
    void aRelationshipPutIntoForceOpensOneFeatureDraft() {
        String relationshipId = TestKafka.newId();
        String partnerCityId = TestKafka.newId();
        deliverTwiceThenMarker(EventType.RELATIONSHIP_STAGE_CHANGED, relationshipId,
                stageChange(relationshipId, partnerCityId, "AGREEMENT_SIGNED", "ACTIVE"),
                marker -> stageChange(marker, TestKafka.newId(), "AGREEMENT_SIGNED", "ACTIVE"));

        JsonNode draft = theOnlyDraftAbout(relationshipId);
        assertThat(draft.get("kind").asString()).isEqualTo("PARTNER_CITY_FEATURE");
        assertThat(draft.get("about").get("partnerCityId").asString()).isEqualTo(partnerCityId);
        assertThat(draft.get("title").get("en").asString()).contains("new sister-city relationship")
                .contains("sister city");
        assertThat(draft.get("title").get("zh").asString()).contains("友好城市");
    }

    @Test
    void aRelationshipRecordedAsActiveOrRevivedOpensNoDraft() {
        String recorded = TestKafka.newId();
        String revived = TestKafka.newId();
        String signed = TestKafka.newId();
        publish(EventType.RELATIONSHIP_STAGE_CHANGED, TestKafka.newId(), recorded,
                stageChange(recorded, TestKafka.newId(), null, "ACTIVE"));
        publish(EventType.RELATIONSHIP_STAGE_CHANGED, TestKafka.newId(), revived,
                stageChange(revived, TestKafka.newId(), "DORMANT", "ACTIVE"));
        publish(EventType.RELATIONSHIP_STAGE_CHANGED, TestKafka.newId(), signed,
                stageChange(signed, TestKafka.newId(), "CPAFFC_APPROVED", "AGREEMENT_SIGNED"));
        String marker = TestKafka.newId();
        publish(EventType.RELATIONSHIP_STAGE_CHANGED, TestKafka.newId(), marker,
                stageChange(marker, TestKafka.newId(), "AGREEMENT_SIGNED", "ACTIVE"));

        await().atMost(Duration.ofSeconds(20)).until(() -> draftsAbout(marker).size() == 1);
        assertThat(draftsAbout(recorded)).isEmpty();
        assertThat(draftsAbout(revived)).isEmpty();
        assertThat(draftsAbout(signed)).isEmpty();
    }

    @Test
    void anUpcomingAnniversaryOpensOneFeatureDraft() {
        String relationshipId = TestKafka.newId();
        String partnerCityId = TestKafka.newId();
        deliverTwiceThenMarker(EventType.RELATIONSHIP_ANNIVERSARY_UPCOMING, relationshipId,
                anniversary(relationshipId, partnerCityId), marker -> anniversary(marker, TestKafka.newId()));

        JsonNode draft = theOnlyDraftAbout(relationshipId);
        assertThat(draft.get("kind").asString()).isEqualTo("PARTNER_CITY_FEATURE");
        assertThat(draft.get("about").get("partnerCityId").asString()).isEqualTo(partnerCityId);
        assertThat(draft.get("title").get("zh").asString()).contains("结好30周年").contains("大阪");
        assertThat(draft.get("title").get("en").asString()).isEqualTo("30 years of friendship with Osaka");
        assertThat(draft.get("summary").get("en").asString()).contains("2027-05-12");
    }

    /** Delivers one event twice, then another about {@code marker}, and waits for the marker's draft. */
    private void deliverTwiceThenMarker(EventType type, String subject, String json,
            java.util.function.Function<String, String> markerJson) {
        String eventId = TestKafka.newId();
        publish(type, eventId, subject, json);
        publish(type, eventId, subject, json);
        String marker = TestKafka.newId();
        publish(type, TestKafka.newId(), marker, markerJson.apply(marker));
        await().atMost(Duration.ofSeconds(20)).until(() -> draftsAbout(marker).size() == 1);
    }

    private void publish(EventType type, String eventId, String subject, String json) {
        assertThat(EventSchemas.problems(type, json)).as(json).isEmpty();
        TestKafka.publish(brokers, TestKafka.cloudEvent(type, eventId, subject, json));
    }

    private JsonNode theOnlyDraftAbout(String subject) {
        List<JsonNode> drafts = draftsAbout(subject);
        assertThat(drafts).hasSize(1);
        return drafts.get(0);
    }

    private List<JsonNode> draftsAbout(String subject) {
        JsonNode page = http.get("/api/publicity/items?status=DRAFT&size=100", editor).json();
        return page.get("items").valueStream()
                .filter(item -> item.get("origin").has("subject")
                        && item.get("origin").get("subject").asString().equals(subject))
                .toList();
    }

    private static String visit(String visitId, String partnerCityId) {
        Map<String, Object> data = new HashMap<>(Map.of("visitId", visitId,
                "title", Map.of("zh", "大阪经济代表团来访", "en", "Osaka business delegation"),
                "invitingDepartment", "市商务局", "countries", List.of("JP"),
                "arrivalDate", "2026-11-02", "departureDate", "2026-11-05", "guestCount", 6,
                "summary", Map.of("zh", "双方签署经贸合作备忘录。", "en", "Signed a memorandum on trade."),
                "completedAt", "2026-11-06T08:00:00Z"));
        if (partnerCityId != null) {
            data.put("partnerCityId", partnerCityId);
        }
        return TestHttp.json(data);
    }

    private static String tripReport(String delegationId, String partnerCityId) {
        Map<String, Object> data = new HashMap<>(Map.ofEntries(Map.entry("delegationId", delegationId),
                Map.entry("unit", "U-COM"),
                Map.entry("title", Map.of("zh", "赴德国经贸考察", "en", "Trade mission to Germany")),
                Map.entry("category", "ECONOMIC_AND_TRADE"), Map.entry("destinationCountries", List.of("DE", "AT")),
                Map.entry("departedOn", "2026-10-10"), Map.entry("returnedOn", "2026-10-17"),
                Map.entry("summary", Map.of("zh", "达成三项合作意向。", "en", "Three cooperation intents agreed.")),
                Map.entry("tasksDone", List.of("拜会市政府")), Map.entry("followUps", List.of()),
                Map.entry("fundsUsedYuan", 180000), Map.entry("photoCount", 12),
                Map.entry("submittedAt", "2026-10-25T03:00:00Z")));
        if (partnerCityId != null) {
            data.put("partnerCityId", partnerCityId);
        }
        return TestHttp.json(data);
    }

    private static String stageChange(String relationshipId, String partnerCityId, String fromStage, String toStage) {
        Map<String, Object> data = new HashMap<>(Map.of("relationshipId", relationshipId,
                "partnerCityId", partnerCityId, "kind", "SISTER_CITY", "toStage", toStage,
                "changedAt", "2026-11-20T02:00:00Z"));
        if (fromStage != null) {
            data.put("fromStage", fromStage);
        }
        return TestHttp.json(data);
    }

    private static String anniversary(String relationshipId, String partnerCityId) {
        return TestHttp.json(Map.of("relationshipId", relationshipId, "partnerCityId", partnerCityId,
                "partnerCityName", Map.of("zh", "大阪市", "en", "Osaka"), "kind", "SISTER_CITY",
                "agreementDate", "1997-05-12", "anniversaryDate", "2027-05-12", "years", 30,
                "announcedAt", "2026-11-20T02:00:00Z"));
    }
}
