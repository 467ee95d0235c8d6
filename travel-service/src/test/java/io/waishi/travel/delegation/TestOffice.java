package io.waishi.travel.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestTokens;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A unit of its own for one test, set up through the API as the office would: registered by an admin,
 * its 2027 plan approved by an officer (a trip to Japan, Korea, the US and Thailand), its two staff's
 * passports registered. Each test gets a fresh unit so quotas, plan items and passports never collide.
 */
final class TestOffice {

    static final String ADMIN = TestTokens.token("ada.admin", "ADMIN");
    static final String OFFICER = TestTokens.token("sun.officer", "FAO_OFFICER");
    static final String DIRECTOR = TestTokens.token("zhao.director", "FAO_DIRECTOR");
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    final TestHttp http;
    final String unit;
    final String clerk;
    final String signatory;
    final String leaderId;
    final String interpreterId;

    private TestOffice(TestHttp http, String unit) {
        this.http = http;
        this.unit = unit;
        this.clerk = TestTokens.user("clerk-" + unit).roles("UNIT_CLERK").unit(unit).build();
        this.signatory = TestTokens.user("signatory-" + unit).roles("UNIT_SIGNATORY").unit(unit).build();
        this.leaderId = unit + "-P1";
        this.interpreterId = unit + "-P2";
    }

    /** A new unit of the given kind with its approved plan and its staff's passports. */
    static TestOffice open(TestHttp http, String kind) {
        TestOffice office = new TestOffice(http, "U-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        expect(201, http.post("/api/travel/units", ADMIN, TestHttp.json(Map.of("code", office.unit,
                "name", Map.of("zh", "测试单位", "en", "Test unit"), "kind", kind, "foreignAffairsOrCommerce", true))));
        expect(200, http.post("/api/travel/units/" + office.unit + "/signatories", OFFICER, TestHttp.json(Map.of(
                "userId", "signatory-" + office.unit, "name", "Wang Jun", "post", "Deputy director-general"))));
        expect(200, http.post("/api/travel/units/" + office.unit + "/quota-raises", DIRECTOR, TestHttp.json(Map.of(
                "year", 2027, "trips", 10, "reason", "Many exchanges planned in 2027"))));
        String plan = "/api/travel/plans/" + office.unit + ":2027";
        expect(201, http.post("/api/travel/plans", office.clerk, TestHttp.json(Map.of("year", 2027))));
        List<Map<String, Object>> items = new ArrayList<>();
        for (String country : List.of("JP", "KR", "US", "TH")) {
            items.add(Map.of("title", Map.of("zh", "出访" + country), "countries", List.of(country),
                    "category", "GOVERNMENT_EXCHANGE", "plannedQuarter", 1, "plannedSize", 2));
        }
        expect(200, http.send(http.request(plan + "/items", office.clerk).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(TestHttp.json(Map.of("items", items)))).build()));
        expect(200, post(http, plan + "/submit", office.clerk, null));
        expect(200, post(http, plan + "/approve", OFFICER, null));
        office.registerPassport(office.leaderId, "Li Ming", "DIVISION", "SERVICE");
        office.registerPassport(office.interpreterId, "Chen Jing", "STAFF", "ORDINARY_OFFICIAL");
        return office;
    }

    private void registerPassport(String personId, String name, String rank, String type) {
        String number = "E" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        expect(201, http.post("/api/travel/passports", OFFICER, TestHttp.json(Map.of("personId", personId,
                "holderName", name, "holderUnit", unit, "rank", rank, "type", type, "number", number,
                "issuedOn", "2024-01-10", "expiresOn", "2034-01-09"))));
    }

    /** A plan that breaks no rule: two people, five days in {@code country}, its plan item P1..P4. */
    Map<String, Object> plan(String country) {
        String item = switch (country) {
            case "JP" -> "P1";
            case "KR" -> "P2";
            case "US" -> "P3";
            default -> "P4";
        };
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", Map.of("zh", "赴" + country + "教育交流", "en", "Education exchange"));
        plan.put("category", "GOVERNMENT_EXCHANGE");
        plan.put("partnerCityId", "7d0c2f9e-3a34-4d0c-9a53-3f1e2b0c9d11");
        plan.put("destinationCountries", List.of(country));
        plan.put("departureDate", "2027-03-10");
        plan.put("returnDate", "2027-03-14");
        plan.put("members", List.of(
                Map.of("name", "Li Ming", "unit", unit, "post", "Deputy director", "rank", "DIVISION", "role", "LEADER",
                        "personId", leaderId),
                Map.of("name", "Chen Jing", "unit", unit, "post", "Interpreter", "role", "INTERPRETER",
                        "personId", interpreterId)));
        plan.put("schedule", List.of(
                Map.of("date", "2027-03-11", "activity", "Talks with the education board", "hours", 6, "official", true),
                Map.of("date", "2027-03-12", "activity", "School visits", "hours", 6, "official", true)));
        plan.put("tasks", List.of("Sign the teacher exchange memorandum"));
        plan.put("invitation", Map.of("invitingBody", "Board of Education", "signer", "Superintendent",
                "inviterKind", "GOVERNMENT_BODY", "translationAttached", true));
        plan.put("budget", Map.of("items", List.of(Map.of("description", "Air tickets", "amountYuan", 16000)),
                "fundingSource", "Unit budget 2027", "financeSealConfirmed", true));
        plan.put("planItemId", item);
        return plan;
    }

    /** A drafted file of this unit; its id. */
    String draft(Map<String, Object> plan) {
        return expect(201, http.post("/api/travel/delegations", clerk, TestHttp.json(plan))).json().get("id").asString();
    }

    /** A file drafted, submitted and signed: at the office, notice posted; its id. */
    String signed(Map<String, Object> plan) {
        String id = draft(plan);
        expect(200, command(id, "submit", clerk, null));
        expect(200, command(id, "sign", signatory, null));
        return id;
    }

    /** A file approved by the director after the officer accepted it; its id. */
    String approved(Map<String, Object> plan) {
        String id = signed(plan);
        expect(200, command(id, "accept", OFFICER, null));
        expect(200, command(id, "approve", DIRECTOR, null));
        return id;
    }

    TestHttp.Answer command(String id, String act, String token, Object body) {
        return post(http, "/api/travel/delegations/" + id + "/" + act, token, body);
    }

    /** A POST with a JSON body, or with none. */
    static TestHttp.Answer post(TestHttp http, String path, String token, Object body) {
        return http.send(http.request(path, token)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(TestHttp.json(body)))
                .build());
    }

    /** Sets a policy parameter from today on, as an admin would. */
    static void setParameter(TestHttp http, String key, int value) {
        expect(200, http.post("/api/travel/policy/" + key + "/values", ADMIN, TestHttp.json(Map.of("value", value,
                "effectiveFrom", LocalDate.now(OFFICE_ZONE).toString(), "source", "Test notice"))));
    }

    static TestHttp.Answer expect(int status, TestHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        return answer;
    }
}
