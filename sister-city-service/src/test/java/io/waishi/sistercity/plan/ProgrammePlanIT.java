package io.waishi.sistercity.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.platform.testing.TestHttp;
import io.waishi.sistercity.SisterCityOverHttp;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A three-year plan with Japan over HTTP, measured from the records the office keeps: held city weeks in
 * Japan count, a planned one is pending, one in Korea, one before the period and a cancelled one count
 * nowhere; a sister-city agreement signed in the period meets its target. Then the yearly and per-partner
 * reports, as JSON and as CSV, show the same figures.
 */
// Plans and reports read every record: a database of their own keeps other classes' records out.
@TestPropertySource(properties = "spring.mongodb.database=waishi-sister-city-plan-it")
class ProgrammePlanIT extends SisterCityOverHttp {

    private static final String PLANS = "/api/sister-cities/plans";

    @Test
    void progressIsMeasuredFromTheRecordsThatCountAndTheReportsAgree() {
        String seto = partner("濑户市", "Seto", "JP");
        String arita = partner("有田市", "Arita", "JP");
        String bonghwa = partner("奉化郡", "Bonghwa County", "KR");

        TestHttp.Answer drafted = http.post(PLANS, officer, TestHttp.json(Map.of(
                "title", Map.of("zh", "对日交流三年计划", "en", "Three-year plan with Japan"),
                "startDate", "2025-01-01", "endDate", "2027-12-31", "countries", List.of("jp"))));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String plan = drafted.json().get("id").asString();
        String etag = drafted.header("ETag");
        etag = ok(send("PUT", PLANS + "/" + plan + "/targets/city-weeks", officer, etag, Map.of(
                "description", Map.of("zh", "在日本举办三次铜川周"), "measure", "ACTIVITIES_HELD", "required", 3,
                "direction", "OUTBOUND", "tag", "city-week")));
        etag = ok(send("PUT", PLANS + "/" + plan + "/targets/first-sister-city", officer, etag, Map.of(
                "description", Map.of("zh", "结成首个日本友城"), "measure", "RELATIONSHIPS_SIGNED", "required", 1,
                "kind", "SISTER_CITY")));
        etag = ok(send("PUT", PLANS + "/" + plan + "/targets/ceramics", officer, etag, Map.of(
                "description", Map.of("zh", "陶瓷领域团组"), "measure", "ACTIVITIES_HELD", "required", 1,
                "tag", "ceramics")));
        etag = ok(send("PUT", PLANS + "/" + plan + "/targets/ceramics-project", officer, etag, Map.of(
                "description", Map.of("zh", "陶瓷合作项目达成协议"), "measure", "PROJECTS_REACHING_STAGE", "required", 1,
                "stage", "AGREED", "field", "CULTURE_AND_ARTS")));
        assertThat(send("PUT", PLANS + "/" + plan + "/targets/stalled", officer, etag, Map.of(
                "description", Map.of("zh", "x"), "measure", "PROJECTS_REACHING_STAGE", "required", 1,
                "stage", "STALLED")).status()).isEqualTo(400);
        assertThat(send("PUT", PLANS + "/" + plan + "/targets/Bad_Id", officer, etag, Map.of(
                "description", Map.of("zh", "x"), "measure", "ACTIVITIES_HELD", "required", 1)).status())
                .isEqualTo(400);
        assertThat(send("PUT", PLANS + "/" + plan + "/targets/korea", officer, etag, Map.of(
                "description", Map.of("zh", "韩国"), "measure", "ACTIVITIES_HELD", "required", 1,
                "countries", List.of("KR"))).status()).as("a target's countries are among the plan's").isEqualTo(400);
        assertThat(send("POST", PLANS + "/" + plan + "/adopt", officer, etag, null).status()).isEqualTo(403);
        etag = ok(send("POST", PLANS + "/" + plan + "/adopt", director, etag, null));
        assertThat(send("PUT", PLANS + "/" + plan + "/targets/ceramics", officer, etag, Map.of(
                "description", Map.of("zh", "陶瓷"), "measure", "ACTIVITIES_HELD", "required", 2,
                "tag", "ceramics")).status()).as("targets are fixed once adopted").isEqualTo(409);
        assertThat(send("POST", PLANS + "/" + plan + "/close", officer, etag, null).status())
                .as("the period is not over").isEqualTo(400);

        String week1 = activity(seto, "OUTBOUND", "2025-10-01", "2025-10-07", "HELD", List.of("City Week", "ceramics"));
        String week2 = activity(arita, "OUTBOUND", "2026-04-10", "2026-04-16", "HELD", List.of("city-week"));
        activity(seto, "OUTBOUND", "2027-10-01", "2027-10-07", "PLANNED", List.of("city-week"));
        activity(seto, "INBOUND", "2026-05-01", "2026-05-03", "HELD", List.of("city-week"));
        activity(bonghwa, "OUTBOUND", "2026-06-01", "2026-06-05", "HELD", List.of("city-week"));
        activity(seto, "OUTBOUND", "2024-10-01", "2024-10-07", "HELD", List.of("city-week"));
        String cancelled = activity(arita, "OUTBOUND", "2026-09-01", "2026-09-05", "PLANNED", List.of("city-week"));
        assertThat(http.post("/api/sister-cities/activities/" + cancelled + "/cancel", officer,
                TestHttp.json(Map.of("reason", "Typhoon"))).status()).isEqualTo(200);
        TestHttp.Answer established = http.post("/api/sister-cities/relationships/established", officer,
                TestHttp.json(Map.of("partnerCityId", seto, "kind", "SISTER_CITY", "nationalApprovalReference",
                        "友协批〔2026〕12号", "agreement", Map.of("date", "2026-03-01", "place", "濑户", "signatories",
                                List.of(Map.of("side", "OUR_CITY", "name", "铜川市市长"),
                                        Map.of("side", "PARTNER_CITY", "name", "瀬戸市長"))))));
        assertThat(established.status()).as(established.body()).isEqualTo(201);
        TestHttp.Answer proposed = http.post("/api/sister-cities/projects", officer, TestHttp.json(Map.of(
                "partnerCityId", seto, "title", Map.of("zh", "陶瓷技艺交流"), "field", "CULTURE_AND_ARTS",
                "leadDepartment", "市文旅局", "partnerBody", "瀬戸市観光協会")));
        assertThat(proposed.status()).isEqualTo(201);
        assertThat(target(http.get(PLANS + "/" + plan, auditor).json().get("progress"), "ceramics-project")
                .get("pending").asInt()).as("proposed, not agreed yet").isEqualTo(1);
        String project = "/api/sister-cities/projects/" + proposed.json().get("id").asString();
        String projectTag = ok(send("POST", project + "/start-negotiating", officer, proposed.header("ETag"), null));
        ok(send("POST", project + "/agree", officer, projectTag, null));

        JsonNode progress = http.get(PLANS + "/" + plan, auditor).json().get("progress");
        JsonNode cityWeeks = target(progress, "city-weeks");
        assertThat(cityWeeks.get("achieved").asInt()).isEqualTo(2);
        assertThat(cityWeeks.get("pending").asInt()).isEqualTo(1);
        assertThat(cityWeeks.get("percent").asInt()).isEqualTo(66);
        assertThat(cityWeeks.get("met").asBoolean()).isFalse();
        assertThat(cityWeeks.get("contributors").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder(week1, week2);
        assertThat(target(progress, "first-sister-city").get("met").asBoolean()).isTrue();
        assertThat(target(progress, "ceramics").get("achieved").asInt()).isEqualTo(1);
        assertThat(target(progress, "ceramics-project").get("achieved").asInt()).isEqualTo(1);
        assertThat(progress.get("percent").asInt()).as("(2/3 + 1 + 1 + 1) / 4").isEqualTo(91);
        assertThat(progress.get("targetsMet").asInt()).isEqualTo(3);
        assertThat(http.get(PLANS + "/" + plan + "/progress", clerk).status()).isEqualTo(403);
        assertThat(http.get(PLANS + "?status=ADOPTED", auditor).json().get("total").asInt()).isEqualTo(1);

        JsonNode year = ok200(http.get("/api/sister-cities/reports/years/2026", auditor));
        assertThat(year.get("activities").get("held").asInt()).isEqualTo(3);
        assertThat(year.get("activities").get("cancelled").asInt()).isEqualTo(1);
        assertThat(year.get("relationshipsSigned")).hasSize(1);
        assertThat(year.get("projects").get("proposed").asInt()).isEqualTo(1);
        assertThat(year.get("projects").get("byStage").get("AGREED").asInt()).isEqualTo(1);
        assertThat(year.get("projects").get("agreed").asInt()).isEqualTo(1);
        assertThat(year.get("plans").get(0).get("percent").asInt()).isEqualTo(91);
        assertThat(year.get("byPartner").get(0).get("held").asInt()).isEqualTo(1);

        TestHttp.Answer csv = http.get("/api/sister-cities/reports/years/2026.csv", auditor);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains("sister-cities-2026.csv");
        assertThat(csv.body()).startsWith("\uFEFFsection,dimension_1,dimension_2,measure,value\r\n")
                .contains("activities,all,,held,3\r\n")
                .contains("activities_by_field,UNSPECIFIED,OUTBOUND,held,2\r\n")
                .contains("plan,Three-year plan with Japan,,percent,91\r\n");

        JsonNode partner = ok200(http.get("/api/sister-cities/reports/partners/" + seto, auditor));
        assertThat(partner.get("lastHeldOn").asString()).isEqualTo("2026-05-03");
        assertThat(partner.get("heldByYear").get("2024").asInt()).isEqualTo(1);
        assertThat(partner.get("relationships").get(0).get("stage").asString()).isEqualTo("ACTIVE");
        assertThat(partner.get("plans").get(0).get("targets")).hasSize(4);
        assertThat(http.get("/api/sister-cities/reports/partners/" + seto + ".csv", auditor).body())
                .contains("activities_by_year,2025,,held,1\r\n");
        assertThat(http.get("/api/sister-cities/reports/partners/unknown", auditor).status()).isEqualTo(404);
        assertThat(http.get("/api/sister-cities/reports/years/2026", clerk).status()).isEqualTo(403);
        assertThat(http.get("/api/sister-cities/reports/years/twenty", auditor).status()).isEqualTo(400);
    }

    private static JsonNode target(JsonNode progress, String id) {
        for (JsonNode target : progress.get("targets")) {
            if (id.equals(target.get("targetId").asString())) {
                return target;
            }
        }
        throw new AssertionError("no target " + id + " in " + progress);
    }

    private String partner(String zh, String en, String country) {
        TestHttp.Answer registered = http.post("/api/sister-cities/partner-cities", officer, TestHttp.json(Map.of(
                "names", Map.of("zh", zh, "en", en), "country", country, "administrativeLevel", "PREFECTURE_CITY",
                "diplomaticRelations", true, "otherChineseSisterCity", false)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private String activity(String partnerId, String direction, String start, String end, String status,
            List<String> tags) {
        Map<String, Object> body = new HashMap<>(Map.of("partnerCityId", partnerId, "direction", direction,
                "title", Map.of("zh", "铜川周"), "startDate", start, "endDate", end, "status", status, "tags", tags,
                "delegationSize", 6));
        if (status.equals("HELD")) {
            body.put("outcome", Map.of("zh", "圆满完成"));
        }
        TestHttp.Answer recorded = http.post("/api/sister-cities/activities", officer, TestHttp.json(body));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json().get("id").asString();
    }

    private static String ok(TestHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.header("ETag");
    }

    private static JsonNode ok200(TestHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private TestHttp.Answer send(String method, String path, String token, String ifMatch, Object body) {
        HttpRequest.Builder request = http.request(path, token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(TestHttp.json(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }
}
