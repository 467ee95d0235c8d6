package io.waishi.travel.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.platform.demo.DemoDataSet;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestTokens;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

/** Units and their annual plans over HTTP, on a real Kafka broker and the Mongo wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestTokens.KEY_PROPERTY, TestTokens.ISSUER_PROPERTY, TestTokens.AUDIENCE_PROPERTY,
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1)
class UnitsAndPlansIT {

    @LocalServerPort
    int port;
    @Autowired
    List<DemoDataSet> demoData;

    TestHttp http;
    final String admin = TestTokens.token("ada", "ADMIN");
    final String officer = TestTokens.token("sun.officer", "FAO_OFFICER");
    final String director = TestTokens.token("zhao.director", "FAO_DIRECTOR");
    final String auditor = TestTokens.token("an.auditor", "AUDITOR");

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://127.0.0.1:" + port);
    }

    @Test
    void aPlanOverTheQuotaIsRefusedAndApprovedOnceTheDirectorRaisesTheQuota() {
        String unit = newCode("U-TRADE");
        String otherUnit = newCode("U-HEALTH");
        String clerk = TestTokens.user("li.clerk").roles("UNIT_CLERK").unit(unit).build();
        String otherUnitClerk = TestTokens.user("wang.clerk").roles("UNIT_CLERK").unit(otherUnit).build();

        // An admin registers the Commerce Bureau, which does commerce work; its code is taken once only.
        TestHttp.Answer registered = http.post("/api/travel/units", admin, unitJson(unit, "GOVERNMENT_BUREAU", true));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.header("Location")).isEqualTo("/api/travel/units/" + unit);
        assertThat(registered.header("ETag")).isEqualTo("\"0\"");
        assertThat(registered.json().get("code").asString()).isEqualTo(unit);
        assertThat(registered.json().get("simplifiedApprovalPath").asBoolean()).isFalse();
        TestHttp.Answer duplicate = http.post("/api/travel/units", officer, unitJson(unit, "UNIVERSITY", false));
        assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(409);
        assertThat(duplicate.json().get("type").asString()).isEqualTo("urn:waishi:problem:duplicate");
        assertThat(http.get("/api/travel/units/" + unit, officer).json().get("kind").asString())
                .isEqualTo("GOVERNMENT_BUREAU");

        // Its own clerk sees it; another unit's clerk does not, not even in a list.
        assertThat(http.get("/api/travel/units/" + unit, clerk).status()).isEqualTo(200);
        assertThat(http.get("/api/travel/units/" + unit, otherUnitClerk).status()).isEqualTo(404);
        assertThat(http.get("/api/travel/units/" + unit + "/quota?year=2027", otherUnitClerk).status()).isEqualTo(404);
        assertThat(http.get("/api/travel/units?size=100", otherUnitClerk).json().get("items").findValuesAsString("code"))
                .doesNotContain(unit);
        assertThat(http.get("/api/travel/units?size=100", clerk).json().get("items").findValuesAsString("code"))
                .containsExactly(unit);
        JsonNode quota = http.get("/api/travel/units/" + unit + "/quota?year=2027", clerk).json();
        assertThat(quota.get("quota").asInt()).isEqualTo(2);
        assertThat(quota.get("source").asString()).isEqualTo("DEFAULT_UNIT_ANNUAL_QUOTA");

        // The clerk drafts the plan for 2027 with three trips and submits it.
        TestHttp.Answer drafted = http.post("/api/travel/plans", clerk, TestHttp.json(Map.of("year", 2027)));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String plan = "/api/travel/plans/" + unit + ":2027";
        assertThat(drafted.header("Location")).isEqualTo(plan);
        assertThat(drafted.json().get("id").asString()).isEqualTo(unit + ":2027");
        assertThat(http.post("/api/travel/plans", clerk, TestHttp.json(Map.of("year", 2027))).status()).isEqualTo(409);
        TestHttp.Answer withItems = put(plan + "/items", clerk, itemsJson("JP", "KR", "DE"), drafted.header("ETag"));
        assertThat(withItems.status()).as(withItems.body()).isEqualTo(200);
        assertThat(withItems.json().get("items").findValuesAsString("itemId")).containsExactly("P1", "P2", "P3");
        assertThat(http.get(plan, clerk).json().get("plannedTrips").asInt()).isEqualTo(3);
        TestHttp.Answer submitted = command(plan + "/submit", clerk, withItems.header("ETag"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");

        // Three trips under the default quota of two: the officer's approval is refused, naming the parameter.
        TestHttp.Answer refused = command(plan + "/approve", officer, submitted.header("ETag"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:waishi:problem:rule-violation");
        JsonNode overQuota = refused.json().get("violations").get(0);
        assertThat(overQuota.get("code").asString()).isEqualTo("PLAN_OVER_QUOTA");
        assertThat(overQuota.get("parameters").get("parameter").asString()).isEqualTo("DEFAULT_UNIT_ANNUAL_QUOTA");
        assertThat(overQuota.get("parameters").get("limit").asInt()).isEqualTo(2);
        assertThat(overQuota.get("parameters").get("actual").asInt()).isEqualTo(3);
        assertThat(overQuota.get("message").get("zh").asString())
                .startsWith("2027年度计划列入出访3批次，超过单位" + unit + "的年度限额2批次（参数 DEFAULT_UNIT_ANNUAL_QUOTA");
        assertThat(overQuota.get("message").get("en").asString()).contains("DEFAULT_UNIT_ANNUAL_QUOTA");
        assertThat(http.get(plan, officer).json().get("status").asString()).isEqualTo("SUBMITTED");

        // Only the director raises a quota, and only above the default; then the plan goes through.
        String raisePath = "/api/travel/units/" + unit + "/quota-raises";
        assertThat(http.post(raisePath, officer, raiseJson(2027, 3)).status()).isEqualTo(403);
        TestHttp.Answer notAbove = http.post(raisePath, director, raiseJson(2027, 2));
        assertThat(notAbove.status()).as(notAbove.body()).isEqualTo(422);
        assertThat(notAbove.json().get("violations").findValuesAsString("code"))
                .containsExactly("QUOTA_RAISE_NOT_ABOVE_DEFAULT");
        TestHttp.Answer raised = http.post(raisePath, director, raiseJson(2027, 3));
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        assertThat(raised.json().get("quotaRaises").get(0).get("raisedBy").asString()).isEqualTo("zhao.director");
        JsonNode raisedQuota = http.get("/api/travel/units/" + unit + "/quota?year=2027", clerk).json();
        assertThat(raisedQuota.get("quota").asInt()).isEqualTo(3);
        assertThat(raisedQuota.get("source").asString()).isEqualTo("RAISED");
        assertThat(http.get("/api/travel/units/" + unit + "/quota?year=2028", clerk).json().get("quota").asInt())
                .isEqualTo(2);

        TestHttp.Answer approved = command(plan + "/approve", officer, submitted.header("ETag"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("history").findValuesAsString("act"))
                .containsExactly("DRAFT", "ADD_ITEM", "ADD_ITEM", "ADD_ITEM", "SUBMIT", "APPROVE");

        // An approved plan never changes.
        TestHttp.Answer late = put(plan + "/items", clerk, itemsJson("JP"), approved.header("ETag"));
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(late.json().get("state").asString()).isEqualTo("APPROVED");
        assertThat(http.get("/api/travel/plans?unit=" + unit + "&status=APPROVED", auditor).json().get("items")
                .findValuesAsString("id")).containsExactly(unit + ":2027");
    }

    @Test
    void anotherUnitsClerkCanNeitherReadNorChangeAPlan() {
        String unit = newCode("U-EDU");
        String clerk = TestTokens.user("li.clerk").roles("UNIT_CLERK").unit(unit).build();
        String otherUnit = newCode("U-HEALTH");
        String otherUnitClerk = TestTokens.user("wang.clerk").roles("UNIT_CLERK").unit(otherUnit).build();
        String otherUnitSignatory = TestTokens.user("zhou.sign").roles("UNIT_SIGNATORY").unit(otherUnit).build();
        String plan = "/api/travel/plans/" + unit + ":2027";
        assertThat(http.post("/api/travel/plans", clerk, TestHttp.json(Map.of("year", 2027))).status()).isEqualTo(201);
        assertThat(put(plan + "/items", clerk, itemsJson("JP"), null).status()).isEqualTo(200);

        assertThat(http.get(plan, otherUnitClerk).status()).isEqualTo(404);
        TestHttp.Answer changed = put(plan + "/items", otherUnitClerk, itemsJson("KR", "US", "FR"), null);
        assertThat(changed.status()).isEqualTo(404);
        assertThat(changed.json().get("type").asString()).isEqualTo("urn:waishi:problem:not-found");
        assertThat(command(plan + "/submit", otherUnitClerk, null).status()).isEqualTo(404);
        assertThat(command(plan + "/submit", otherUnitSignatory, null).status()).isEqualTo(404);
        assertThat(http.get("/api/travel/plans?unit=" + unit, otherUnitClerk).json().get("items")
                .findValuesAsString("id")).doesNotContain(unit + ":2027");
        // Drafting always opens the caller's own unit's plan, never another unit's.
        TestHttp.Answer own = http.post("/api/travel/plans", otherUnitClerk, TestHttp.json(Map.of("year", 2027)));
        assertThat(own.json().get("unit").asString()).isEqualTo(otherUnit);

        JsonNode untouched = http.get(plan, clerk).json();
        assertThat(untouched.get("status").asString()).isEqualTo("DRAFT");
        assertThat(untouched.get("items").get(0).get("countries").get(0).asString()).isEqualTo("JP");
        assertThat(untouched.get("items").size()).isEqualTo(1);
    }

    @Test
    void anUnregisteredUnitsPlanIsNotApprovedAndTheOfficerReturnsItWithAComment() {
        String unit = newCode("U-NEW");
        String clerk = TestTokens.user("li.clerk").roles("UNIT_CLERK").unit(unit).build();
        String signatory = TestTokens.user("wang.sign").roles("UNIT_SIGNATORY").unit(unit).build();
        String plan = "/api/travel/plans/" + unit + ":2027";
        http.post("/api/travel/plans", clerk, TestHttp.json(Map.of("year", 2027)));
        put(plan + "/items", clerk, itemsJson("SG"), null);
        assertThat(command(plan + "/submit", signatory, null).status()).isEqualTo(200);

        TestHttp.Answer refused = command(plan + "/approve", officer, null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode notRegistered = refused.json().get("violations").get(0);
        assertThat(notRegistered.get("code").asString()).isEqualTo("UNIT_NOT_REGISTERED");
        assertThat(notRegistered.get("message").get("en").asString()).contains(unit);

        assertThat(http.post(plan + "/return", clerk, TestHttp.json(Map.of("comment", "Withdrawn"))).status())
                .isEqualTo(403);
        assertThat(http.post(plan + "/return", officer, TestHttp.json(Map.of("comment", " "))).status()).isEqualTo(400);
        TestHttp.Answer returned = http.post(plan + "/return", officer,
                TestHttp.json(Map.of("comment", "Register the unit with the office first")));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(returned.json().get("returnComment").asString()).isEqualTo("Register the unit with the office first");

        // Back in the clerk's hands: P1 is kept, a new trip gets P2.
        String revised = TestHttp.json(Map.of("items", List.of(
                itemMap("SG", "P1"), itemMap("MY", null))));
        TestHttp.Answer edited = put(plan + "/items", clerk, revised, returned.header("ETag"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("items").findValuesAsString("itemId")).containsExactly("P1", "P2");
        TestHttp.Answer stale = put(plan + "/items", clerk, revised, returned.header("ETag"));
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void aUnitNotDoingForeignAffairsOrCommerceGetsNoRaiseAndOnlyTheOfficeKeepsTheRegister() {
        String unit = newCode("U-UNI");
        TestHttp.Answer registered = http.post("/api/travel/units", officer, unitJson(unit, "UNIVERSITY", false));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("simplifiedApprovalPath").asBoolean()).isTrue();
        String clerk = TestTokens.user("li.clerk").roles("UNIT_CLERK").unit(unit).build();
        String path = "/api/travel/units/" + unit;

        TestHttp.Answer notEligible = http.post(path + "/quota-raises", director, raiseJson(2027, 4));
        assertThat(notEligible.status()).as(notEligible.body()).isEqualTo(422);
        JsonNode violation = notEligible.json().get("violations").get(0);
        assertThat(violation.get("code").asString()).isEqualTo("QUOTA_RAISE_NOT_ELIGIBLE");
        assertThat(violation.get("parameters").get("parameter").asString()).isEqualTo("DEFAULT_UNIT_ANNUAL_QUOTA");
        assertThat(violation.get("parameters").get("limit").asInt()).isEqualTo(2);
        assertThat(violation.get("message").get("zh").asString()).contains("DEFAULT_UNIT_ANNUAL_QUOTA").contains(unit);

        assertThat(http.post("/api/travel/units", clerk, unitJson(newCode("U-MINE"), "OTHER", true)).status())
                .isEqualTo(403);
        assertThat(http.post(path + "/signatories", clerk, TestHttp.json(Map.of("userId", "li.clerk",
                "name", "Li Hua", "post", "Clerk"))).status()).isEqualTo(403);
        TestHttp.Answer signatory = http.post(path + "/signatories", officer, TestHttp.json(Map.of(
                "userId", "wang.sign", "name", "Wang Jun", "post", "Vice-president")));
        assertThat(signatory.status()).as(signatory.body()).isEqualTo(200);
        assertThat(signatory.json().get("signatories").get(0).get("registeredBy").asString()).isEqualTo("sun.officer");
        TestHttp.Answer clerkRegistered = http.post(path + "/clerks", officer,
                TestHttp.json(Map.of("userId", "li.clerk", "name", "Li Hua")));
        assertThat(clerkRegistered.json().get("clerks").findValuesAsString("userId")).containsExactly("li.clerk");

        TestHttp.Answer stale = http.send(http.request(path + "/signatories/wang.sign", officer)
                .header("If-Match", signatory.header("ETag")).DELETE().build());
        assertThat(stale.status()).isEqualTo(412);
        TestHttp.Answer removed = http.send(http.request(path + "/signatories/wang.sign", officer)
                .header("If-Match", clerkRegistered.header("ETag")).DELETE().build());
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().get("signatories").size()).isZero();
        assertThat(http.send(http.request(path + "/signatories/wang.sign", officer).DELETE().build()).status())
                .isEqualTo(404);

        TestHttp.Answer updated = http.send(http.request(path, officer).header("Content-Type", "application/json")
                .header("If-Match", removed.header("ETag"))
                .PUT(HttpRequest.BodyPublishers.ofString(TestHttp.json(Map.of("name",
                        Map.of("zh", "市属大学", "en", "City University"), "kind", "UNIVERSITY",
                        "foreignAffairsOrCommerce", true)))).build());
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(http.post(path + "/quota-raises", director, raiseJson(2027, 4)).status()).isEqualTo(200);
    }

    @Test
    void theDemoUnitsAreThoseOfTheDemoUsersAndLoadOnlyOnce() {
        demoData.forEach(DemoDataSet::load);
        demoData.forEach(DemoDataSet::load);
        String demoClerk = TestTokens.user("clerk").roles("UNIT_CLERK").unit("U-EDU").build();
        JsonNode education = http.get("/api/travel/units/U-EDU", demoClerk).json();
        assertThat(education.get("clerks").findValuesAsString("userId")).containsExactly("clerk");
        assertThat(education.get("signatories").findValuesAsString("userId")).containsExactly("signatory");
        assertThat(education.get("version").asInt()).isZero();
        assertThat(http.get("/api/travel/units/U-HEALTH", officer).json().get("clerks").findValuesAsString("userId"))
                .containsExactly("health-clerk");
        JsonNode machinery = http.get("/api/travel/units/U-MACHINERY", officer).json();
        assertThat(machinery.get("kind").asString()).isEqualTo("CITY_OWNED_ENTERPRISE");
        assertThat(machinery.get("foreignAffairsOrCommerce").asBoolean()).isTrue();
        assertThat(machinery.get("clerks").findValuesAsString("userId")).containsExactly("soe-clerk");
        assertThat(machinery.get("signatories").findValuesAsString("userId")).containsExactly("soe-signatory");
        JsonNode university = http.get("/api/travel/units/U-UNIV", officer).json();
        assertThat(university.get("kind").asString()).isEqualTo("UNIVERSITY");
        assertThat(university.get("clerks").findValuesAsString("userId")).containsExactly("univ-clerk");
        assertThat(university.get("signatories").findValuesAsString("userId")).containsExactly("univ-signatory");
    }

    @Test
    void invalidRequestsAreRefusedWithTheFieldsAtFault() {
        TestHttp.Answer badUnit = http.post("/api/travel/units", admin, TestHttp.json(Map.of("code", "u edu",
                "name", Map.of("zh", ""))));
        assertThat(badUnit.status()).isEqualTo(400);
        assertThat(badUnit.json().get("errors").findValuesAsString("field")).contains("code", "name.zh", "kind");

        String unit = newCode("U-VAL");
        String clerk = TestTokens.user("li.clerk").roles("UNIT_CLERK").unit(unit).build();
        http.post("/api/travel/plans", clerk, TestHttp.json(Map.of("year", 2027)));
        TestHttp.Answer badItems = put("/api/travel/plans/" + unit + ":2027/items", clerk, TestHttp.json(Map.of(
                "items", List.of(Map.of("title", Map.of("zh", "出访"), "countries", List.of("japan"),
                        "category", "BUSINESS", "plannedQuarter", 5, "plannedSize", 0)))), null);
        assertThat(badItems.status()).isEqualTo(400);
        assertThat(badItems.json().get("errors").findValuesAsString("field"))
                .contains("items[0].countries[0]", "items[0].plannedQuarter", "items[0].plannedSize");
        TestHttp.Answer unknownItem = put("/api/travel/plans/" + unit + ":2027/items", clerk,
                TestHttp.json(Map.of("items", List.of(itemMap("JP", "P7")))), null);
        assertThat(unknownItem.status()).isEqualTo(400);
        assertThat(http.get("/api/travel/plans/" + unit + ":20x7", clerk).status()).isEqualTo(400);
    }

    private TestHttp.Answer put(String path, String token, String json, String ifMatch) {
        HttpRequest.Builder request = http.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }

    private TestHttp.Answer command(String path, String token, String ifMatch) {
        HttpRequest.Builder request = http.request(path, token).POST(HttpRequest.BodyPublishers.noBody());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }

    /** A unit code no other test of this context uses. */
    private static String newCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static String unitJson(String code, String kind, boolean foreignAffairsOrCommerce) {
        return TestHttp.json(Map.of("code", code, "name", Map.of("zh", "市商务局", "en", "Commerce Bureau"),
                "kind", kind, "foreignAffairsOrCommerce", foreignAffairsOrCommerce));
    }

    private static String raiseJson(int year, int trips) {
        return TestHttp.json(Map.of("year", year, "trips", trips,
                "reason", "Belt-and-Road trade fairs need a third trip this year"));
    }

    private static String itemsJson(String... countries) {
        return TestHttp.json(Map.of("items", Arrays.stream(countries).map(c -> itemMap(c, null)).toList()));
    }

    private static Map<String, Object> itemMap(String country, String itemId) {
        Map<String, Object> item = new LinkedHashMap<>();
        if (itemId != null) {
            item.put("itemId", itemId);
        }
        item.put("title", Map.of("zh", "赴" + country + "经贸洽谈", "en", "Trade talks"));
        item.put("countries", List.of(country));
        item.put("category", "ECONOMIC_AND_TRADE");
        item.put("plannedQuarter", 2);
        item.put("plannedSize", 5);
        item.put("note", "Trade fair");
        return item;
    }
}
