package io.waishi.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The access rules every service gets from the platform: tokens whose claims are missing or wrong are refused,
 * never read as "no role"; an auditor reads and changes nothing; query operators never get into a body or a
 * filter.
 */
@SampleServiceTest
class AccessRulesIT {

    private static final String CITIES = "/api/sample/cities";

    @LocalServerPort
    int port;
    @Autowired
    Cities cities;

    TestHttp http;
    final String officer = TestTokens.token("olga", "SISTER_CITY_OFFICER");

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://127.0.0.1:" + port);
    }

    @Test
    void aTokenWithAMissingOrWrongClaimIsRefusedNotDefaulted() {
        String id = create(officer);
        List<String> refused = List.of(
                TestTokens.user("nobody").withoutRolesClaim().build(),
                TestTokens.user("olga").claim("roles", "SISTER_CITY_OFFICER").build(),
                TestTokens.user("olga").roles("SISTER_CITY_OFFICER", "CITY_MAYOR").build(),
                TestTokens.user("carl").roles("UNIT_CLERK").build(),
                TestTokens.user("carl").roles("UNIT_CLERK").unit("U-EDU; DROP").build(),
                TestTokens.user("carl").roles("UNIT_CLERK").claim("unit", List.of("U-EDU", "U-HEALTH")).build(),
                TestTokens.user(" ").roles("AUDITOR").build());
        for (String token : refused) {
            TestHttp.Answer answer = http.get(CITIES + "/" + id, token);
            assertThat(answer.status()).as(answer.body()).isEqualTo(401);
            assertThat(answer.json().get("type").asString()).isEqualTo("urn:waishi:problem:unauthorized");
        }
        assertThat(http.get(CITIES + "/" + id, TestTokens.user("carl").roles("UNIT_CLERK").unit("U-EDU").build())
                .status()).as("a clerk with a unit is let in (the endpoint judges the rest)").isIn(200, 403);
        assertThat(http.get(CITIES + "/" + id, TestTokens.user("partner").withoutRolesClaim().scope("events.read")
                .build()).status()).as("a partner system's token carries scopes").isNotEqualTo(401);
    }

    @Test
    void anAuditorReadsEverythingAndChangesNothingWhateverElseTheTokenSays() {
        String id = create(officer);
        String auditor = TestTokens.token("sun", "AUDITOR");
        String auditorAndOfficer = TestTokens.token("sun", "AUDITOR", "SISTER_CITY_OFFICER");
        assertThat(http.get(CITIES + "/" + id, auditor).status()).isEqualTo(200);
        long before = cities.count();
        for (String token : List.of(auditor, auditorAndOfficer)) {
            TestHttp.Answer refused = http.post(CITIES, token, TestHttp.json(Map.of("name", "Seto", "country", "JP")));
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:waishi:problem:forbidden");
        }
        assertThat(cities.count()).isEqualTo(before);
        assertThat(http.get("/api/sample/admin/dead-letters", auditor).status()).as("reads operations").isEqualTo(200);
        assertThat(http.post("/api/sample/admin/dead-letters/redrive", auditor, "{}").status()).isEqualTo(403);
        assertThat(http.post("/api/sample/admin/dead-letters/redrive", officer, "{}").status()).isEqualTo(403);
    }

    @Test
    void queryOperatorsInABodyOrAFilterAreABadRequestAndChangeNothing() {
        long before = cities.count();
        for (String body : List.of("{\"name\": {\"$ne\": null}, \"country\": \"JP\"}",
                "{\"name\": \"Seto\", \"country\": \"JP\", \"notes\": {\"$where\": \"sleep(1000)\"}}")) {
            TestHttp.Answer refused = http.post(CITIES, officer, body);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("message").asString())
                    .isEqualTo("query operators are not accepted");
            assertThat(refused.body()).doesNotContain("sleep");
        }
        assertThat(cities.count()).isEqualTo(before);
        String id = create(officer);
        for (String query : List.of("?name[$ne]=x", "?name=%7B%22%24ne%22%3Anull%7D", "?q=%24where", "?%24where=1")) {
            TestHttp.Answer refused = http.get(CITIES + "/" + id + query, officer);
            assertThat(refused.status()).as(query + " " + refused.body()).isEqualTo(400);
        }
        assertThat(http.get(CITIES + "/" + id + "?q=%245%20bill", officer).status()).as("a dollar amount is words")
                .isEqualTo(200);
        assertThat(http.post(CITIES, officer, "{\"name\": \"$ 5 city\", \"country\": \"JP\"}").status())
                .as("a $ inside a value is data").isEqualTo(200);
    }

    private String create(String token) {
        TestHttp.Answer created = http.post(CITIES, token, TestHttp.json(Map.of("name", "Nara", "country", "JP")));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().get("id").asString();
    }
}
