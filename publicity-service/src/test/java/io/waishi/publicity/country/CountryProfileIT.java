package io.waishi.publicity.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.contracts.EventSchemas;
import io.waishi.contracts.EventType;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.publicity.PublicityOverHttp;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Japan's profile from draft through the three reviews to the public, and its alert level announced at once. */
class CountryProfileIT extends PublicityOverHttp {

    static final String PROFILES = "/api/publicity/countries";

    @Test
    void aProfileIsReviewedThreeTimesPublishedCachedAndItsAlertLevelAnnounced() {
        TestHttp.Answer opened = http.post(PROFILES, editor, TestHttp.json(Map.of("countryCode", "JP",
                "profile", profile("岛国，首都东京"))));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(http.get("/public/countries/JP", null).status()).isEqualTo(404);

        assertThat(post(PROFILES + "/JP/submit", editor).status()).isEqualTo(200);
        assertThat(post(PROFILES + "/JP/review/approve", editor).status()).isEqualTo(200);
        assertThat(post(PROFILES + "/JP/review/approve", sectionHead).status()).isEqualTo(200);
        TestHttp.Answer refused = post(PROFILES + "/JP/review/approve", editor);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        TestHttp.Answer approved = post(PROFILES + "/JP/review/approve", leader);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("review").get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("publishedRevision").asInt()).isEqualTo(1);

        TestHttp.Answer publicView = http.get("/public/countries/JP", null);
        assertThat(publicView.status()).as(publicView.body()).isEqualTo(200);
        assertThat(publicView.json().get("profile").get("basics").get("zh").asString()).isEqualTo("岛国，首都东京");
        assertThat(publicView.json().get("profile").get("consularContacts").get(0).get("website").asString())
                .isEqualTo("https://jp.china-embassy.gov.cn");
        String etag = publicView.header("ETag");
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(publicView.header("Cache-Control")).contains("public").contains("max-age=300");
        TestHttp.Answer notModified = http.send(http.request("/public/countries/JP", null)
                .header("If-None-Match", etag).GET().build());
        assertThat(notModified.status()).isEqualTo(304);

        String staffEtag = http.get(PROFILES + "/JP", faoOfficer).header("ETag");
        TestHttp.Answer edited = http.send(http.request(PROFILES + "/JP", editor)
                .header("Content-Type", "application/json").header("If-Match", staffEtag)
                .PUT(HttpRequest.BodyPublishers.ofString(TestHttp.json(profile("岛国，多地震")))).build());
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("review").get("revision").asInt()).isEqualTo(2);
        assertThat(edited.json().get("draft").get("basics").get("zh").asString()).isEqualTo("岛国，多地震");
        TestHttp.Answer stale = http.send(http.request(PROFILES + "/JP", editor)
                .header("Content-Type", "application/json").header("If-Match", staffEtag)
                .PUT(HttpRequest.BodyPublishers.ofString(TestHttp.json(profile("岛国")))).build());
        assertThat(stale.status()).isIn(409, 412);
        TestHttp.Answer stillPublic = http.send(http.request("/public/countries/JP", null)
                .header("If-None-Match", etag).GET().build());
        assertThat(stillPublic.status()).isEqualTo(304);
        assertThat(http.get("/public/countries/JP", null).json().get("profile").get("basics").get("zh").asString())
                .isEqualTo("岛国，首都东京");

        TestHttp.Answer noSummary = http.post(PROFILES + "/JP/alert-level", leader, TestHttp.json(Map.of("level", 3)));
        assertThat(noSummary.status()).as(noSummary.body()).isEqualTo(422);
        assertThat(noSummary.json().get("violations").get(0).get("code").asString())
                .isEqualTo("ALERT_LEVEL_SUMMARY_REQUIRED");
        assertThat(noSummary.body()).contains("谨慎前往").contains("summary");
        assertThat(http.post(PROFILES + "/JP/alert-level", leader, TestHttp.json(Map.of("level", 5))).status())
                .isEqualTo(400);
        assertThat(http.post(PROFILES + "/JP/alert-level", editor, TestHttp.json(Map.of("level", 1))).status())
                .isEqualTo(403);

        TestHttp.Answer raised = http.post(PROFILES + "/JP/alert-level", leader, TestHttp.json(Map.of("level", 3,
                "summary", Map.of("zh", "强震后余震频繁", "en", "Frequent aftershocks"),
                "effectiveFrom", "2026-12-01T00:00:00Z")));
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        assertThat(http.post(PROFILES + "/JP/alert-level", leader, TestHttp.json(Map.of("level", 3))).status())
                .isEqualTo(200);
        assertThat(http.post(PROFILES + "/JP/alert-level", leader, TestHttp.json(Map.of("level", 2))).status())
                .isEqualTo(200);

        List<ConsumerRecord<String, String>> changes = await().atMost(Duration.ofSeconds(20))
                .until(() -> alertLevelChanges("JP"), list -> list.size() >= 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> alertLevelChanges("JP").size() == 2);
        for (ConsumerRecord<String, String> change : changes) {
            assertThat(EventSchemas.problems(EventType.COUNTRY_ALERT_LEVEL_CHANGED, change.value())).isEmpty();
        }
        JsonNode first = TestHttp.JSON_MAPPER.readTree(changes.get(0).value());
        assertThat(first.get("level").asInt()).isEqualTo(3);
        assertThat(first.has("previousLevel")).isFalse();
        assertThat(first.get("countryName").get("en").asString()).isEqualTo("Japan");
        assertThat(first.get("effectiveFrom").asString()).isEqualTo("2026-12-01T00:00:00Z");
        JsonNode second = TestHttp.JSON_MAPPER.readTree(changes.get(1).value());
        assertThat(second.get("level").asInt()).isEqualTo(2);
        assertThat(second.get("previousLevel").asInt()).isEqualTo(3);

        TestHttp.Answer withLevel = http.get("/public/countries/JP", null);
        assertThat(withLevel.header("ETag")).isNotEqualTo(etag);
        assertThat(withLevel.json().get("alert").get("level").asInt()).isEqualTo(2);
        JsonNode list = http.get("/public/countries", null).json();
        assertThat(list.get("items").get(0).get("countryCode").asString()).isEqualTo("JP");
        assertThat(list.get("items").get(0).get("level").get("level").asInt()).isEqualTo(2);
        JsonNode staff = http.get(PROFILES + "/JP", faoOfficer).json();
        assertThat(staff.get("alertHistory")).hasSize(2);
        assertThat(staff.get("draft").get("basics").get("zh").asString()).isEqualTo("岛国，多地震");
        assertThat(staff.get("published").get("basics").get("zh").asString()).isEqualTo("岛国，首都东京");
    }

    @Test
    void thePublicReadsWithoutATokenStaffEndpointsNeedOne() {
        assertThat(http.get("/public/countries", null).status()).isEqualTo(200);
        assertThat(http.get("/public/countries/ZZ", null).status()).isEqualTo(404);
        assertThat(http.get(PROFILES, null).status()).isEqualTo(401);
        assertThat(http.get(PROFILES, clerk).status()).isEqualTo(403);
        assertThat(http.get(PROFILES, faoOfficer).status()).isEqualTo(200);
    }

    @Test
    void aDraftIsNeverPublicAndACountryHasOneProfile() {
        assertThat(http.post(PROFILES, editor, TestHttp.json(Map.of("countryCode", "KR",
                "profile", profile("半岛国家")))).status()).isEqualTo(201);
        assertThat(http.get("/public/countries/KR", null).status()).isEqualTo(404);
        assertThat(http.post(PROFILES, editor, TestHttp.json(Map.of("countryCode", "KR",
                "profile", profile("半岛国家")))).status()).isEqualTo(409);
        assertThat(http.post(PROFILES, editor, TestHttp.json(Map.of("countryCode", "KOR",
                "profile", profile("半岛国家")))).status()).isEqualTo(400);
        assertThat(http.post(PROFILES, editor, TestHttp.json(Map.of("countryCode", "FR",
                "profile", Map.of("name", Map.of("zh", "法国"), "sources",
                        List.of(Map.of("title", "内网", "address", "http://10.0.0.1/x"))))))
                .status()).isEqualTo(400);
    }

    private TestHttp.Answer post(String path, String token) {
        return http.post(path, token, "{}");
    }

    private List<ConsumerRecord<String, String>> alertLevelChanges(String code) {
        return TestKafka.readAll(brokers, "waishi.publicity.countries").stream()
                .filter(record -> code.equals(record.key()))
                .filter(record -> EventType.COUNTRY_ALERT_LEVEL_CHANGED.typeName()
                        .equals(TestKafka.header(record, "ce_type")))
                .toList();
    }

    private static Map<String, Object> profile(String basics) {
        return Map.of("name", Map.of("zh", "日本", "en", "Japan"),
                "basics", Map.of("zh", basics),
                "entryRequirements", Map.of("zh", "公务护照免签", "en", "Official passports need no visa"),
                "consularContacts", List.of(Map.of("name", Map.of("zh", "中国驻日本大使馆"),
                        "phone", "+81-3-3403-3388", "website", "https://jp.china-embassy.gov.cn",
                        "emergencyHotline", "+81-3-3403-3065")),
                "sources", List.of(Map.of("title", "外交部国别资料", "address", "https://www.mfa.gov.cn")),
                "lastReviewedOn", "2026-11-01");
    }
}
