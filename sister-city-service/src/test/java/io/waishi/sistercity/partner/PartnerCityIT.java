package io.waishi.sistercity.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.platform.testing.TestHttp;
import io.waishi.sistercity.SisterCityOverHttp;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The partner's file over HTTP: registered, then kept up to date with its profile, website and contacts —
 * which only the roles dealing with partners see — and with the facts the relationship rules read.
 */
class PartnerCityIT extends SisterCityOverHttp {

    private static final String PATH = "/api/sister-cities/partner-cities";

    @Test
    void theOfficerKeepsTheFileUpToDateAndOnlyPartnerStaffSeeTheContacts() {
        TestHttp.Answer registered = http.post(PATH, officer, TestHttp.json(Map.of(
                "names", Map.of("zh", "濑户市", "en", "Seto", "local", "瀬戸市"), "country", "JP",
                "administrativeLevel", "PREFECTURE_CITY", "diplomaticRelations", true)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        String etag = registered.header("ETag");

        Map<String, Object> file = Map.of("names", Map.of("zh", "濑户市", "en", "Seto City", "local", "瀬戸市"),
                "region", "Aichi", "administrativeLevel", "PREFECTURE_CITY", "diplomaticRelations", true,
                "otherChineseSisterCity", true, "profile", Map.of("zh", "日本六古窑之一，濑户烧的故乡。",
                        "en", "One of Japan's six ancient kilns, home of Seto ware."),
                "website", "https://www.city.seto.aichi.jp/",
                "contacts", List.of(Map.of("name", "Sato Hanako", "role", "International Relations Section",
                        "email", "kokusai@example.jp", "languages", List.of("ja", "en"))));
        TestHttp.Answer revised = put(id, officer, etag, file);
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("website").asString()).isEqualTo("https://www.city.seto.aichi.jp/");
        assertThat(revised.json().get("names").get("en").asString()).isEqualTo("Seto City");
        assertThat(revised.json().get("revisedBy").asString()).isEqualTo("qian.officer");
        assertThat(put(id, officer, etag, file).status()).as("stale If-Match").isEqualTo(412);
        assertThat(put(id, director, revised.header("ETag"), file).status()).isEqualTo(403);

        JsonNode seenByAuditor = http.get(PATH + "/" + id, auditor).json();
        assertThat(seenByAuditor.get("contacts").get(0).get("languages").valueStream().map(JsonNode::asString)
                .toList()).containsExactly("ja", "en");
        JsonNode seenByClerk = http.get(PATH + "/" + id, clerk).json();
        assertThat(seenByClerk.get("contacts")).as("personal data").isEmpty();
        assertThat(seenByClerk.get("profile").get("en").asString()).contains("six ancient kilns");
        // The audit trail records the revision, and withholds the contact person.
        String trail = await().atMost(Duration.ofSeconds(20)).until(() -> http.get(
                "/api/sister-cities/audit?objectType=partner_cities&objectId=" + id, auditor),
                answer -> answer.status() == 200 && answer.json().get("items").size() >= 2).body();
        assertThat(trail).contains("[personal data]", "qian.officer").doesNotContain("Sato Hanako")
                .doesNotContain("kokusai@example.jp");

        for (String inside : List.of("http://169.254.169.254/latest/meta-data/", "http://localhost:8081/actuator",
                "file:///etc/passwd", "http://10.1.2.3/")) {
            Map<String, Object> bad = new java.util.HashMap<>(file);
            bad.put("website", inside);
            TestHttp.Answer refused = put(id, officer, revised.header("ETag"), bad);
            assertThat(refused.status()).as(inside).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        Map<String, Object> badContact = new java.util.HashMap<>(file);
        badContact.put("contacts", List.of(Map.of("name", "X", "languages", List.of("not a tag!"))));
        assertThat(put(id, officer, revised.header("ETag"), badContact).status()).isEqualTo(400);
        assertThat(http.get(PATH + "/" + id, auditor).header("ETag")).as("nothing changed").isEqualTo(
                revised.header("ETag"));

        TestHttp.Answer intent = http.post("/api/sister-cities/relationships", officer, TestHttp.json(Map.of(
                "partnerCityId", id, "kind", "SISTER_CITY", "intent", Map.of("date", "2025-09-18", "place", "濑户",
                        "signatories", List.of(Map.of("side", "OUR_CITY", "name", "铜川市市长"),
                                Map.of("side", "PARTNER_CITY", "name", "瀬戸市長"))))));
        assertThat(intent.status()).as("the rules read the revised file").isEqualTo(422);
        assertThat(intent.json().get("violations").findValuesAsString("code")).containsExactly("ONE_TO_ONE");
    }

    private TestHttp.Answer put(String id, String token, String ifMatch, Object body) {
        HttpRequest.Builder request = http.request(PATH + "/" + id, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(TestHttp.json(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }
}
