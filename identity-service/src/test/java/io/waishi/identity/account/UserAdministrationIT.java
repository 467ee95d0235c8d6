package io.waishi.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.identity.IdentityOverHttp;
import io.waishi.platform.testing.TestHttp;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import tools.jackson.databind.JsonNode;

/** An administrator manages accounts; the sign-in follows each change. */
class UserAdministrationIT extends IdentityOverHttp {

    private static final String PASSWORD = "first-password-123";

    @Autowired
    MongoTemplate mongo;

    private String admin;

    @BeforeEach
    void signInAdmin() {
        admin = accessToken("admin", DEMO_PASSWORD);
    }

    @Test
    void demoAccountsAreSeededForEveryRoleWithHashedPasswords() {
        JsonNode page = http().get("/api/identity/users?size=100", admin).json();

        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(DemoAccounts.ALL.size());
        for (DemoAccounts.Demo demo : DemoAccounts.ALL) {
            JsonNode user = http().get("/api/identity/users/" + demo.username(), admin).json();
            assertThat(user.get("roles").toString()).isEqualTo("[\"" + demo.role().name() + "\"]");
            assertThat(user.has("unit") ? user.get("unit").asString() : null).isEqualTo(demo.unit());
        }
        Document stored = mongo.getCollection("accounts").find(new Document("_id", "auditor")).first();
        assertThat(stored.getString("passwordHash")).startsWith("{bcrypt}$2").doesNotContain(DEMO_PASSWORD);
    }

    @Test
    void adminCreatesAUserWhoCanSignInWithTheirRolesAndUnit() {
        TestHttp.Answer created = create("trade-clerk", PASSWORD, List.of("UNIT_CLERK"), "U-TRADE");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/identity/users/trade-clerk");
        assertThat(created.json().get("username").asString()).isEqualTo("trade-clerk");
        assertThat(created.json().get("enabled").asBoolean()).isTrue();
        assertThat(created.json().get("createdBy").asString()).isEqualTo("admin");
        assertNoSecrets(created.body(), PASSWORD);
        assertNoSecrets(http().get("/api/identity/users/trade-clerk", admin).body(), PASSWORD);
        assertNoSecrets(http().get("/api/identity/users?size=100", admin).body(), PASSWORD);

        Document stored = mongo.getCollection("accounts").find(new Document("_id", "trade-clerk")).first();
        assertThat(stored.getString("passwordHash")).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertThat(stored.toJson()).doesNotContain(PASSWORD);

        Jwt token = jwtDecoder.decode(accessToken("trade-clerk", PASSWORD));
        assertThat(token.getClaimAsStringList("roles")).containsExactly("UNIT_CLERK");
        assertThat(token.getClaimAsString("unit")).isEqualTo("U-TRADE");
    }

    @Test
    void assignedRolesAndUnitAppearInTheNextToken() {
        create("moving-clerk", PASSWORD, List.of("UNIT_CLERK"), "U-EDU");

        TestHttp.Answer assigned = http().post("/api/identity/users/moving-clerk/assign-roles", admin,
                TestHttp.json(Map.of("roles", List.of("FAO_OFFICER", "AUDITOR"))));

        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("roles").toString()).isEqualTo("[\"AUDITOR\",\"FAO_OFFICER\"]");
        assertThat(assigned.json().has("unit")).isFalse();
        Jwt token = jwtDecoder.decode(accessToken("moving-clerk", PASSWORD));
        assertThat(token.getClaimAsStringList("roles")).containsExactly("AUDITOR", "FAO_OFFICER");
        assertThat(token.hasClaim("unit")).isFalse();

        http().post("/api/identity/users/moving-clerk/assign-roles", admin,
                TestHttp.json(Map.of("roles", List.of("UNIT_SIGNATORY"), "unit", "U-HEALTH")));
        Jwt again = jwtDecoder.decode(accessToken("moving-clerk", PASSWORD));
        assertThat(again.getClaimAsStringList("roles")).containsExactly("UNIT_SIGNATORY");
        assertThat(again.getClaimAsString("unit")).isEqualTo("U-HEALTH");
    }

    @Test
    void resetPasswordRetiresTheOldOne() {
        create("forgetful", PASSWORD, List.of("PUBLICITY_EDITOR"), null);
        String newPassword = "second-password-456";

        TestHttp.Answer reset = http().post("/api/identity/users/forgetful/reset-password", admin,
                TestHttp.json(Map.of("password", newPassword)));

        assertThat(reset.status()).isEqualTo(204);
        assertThat(reset.body()).isEmpty();
        assertThat(browser().signIn("forgetful", PASSWORD).code()).as("old password").isNull();
        assertThat(jwtDecoder.decode(accessToken("forgetful", newPassword)).getSubject()).isEqualTo("forgetful");
        assertThat(mongo.getCollection("accounts").find(new Document("_id", "forgetful")).first().toJson())
                .doesNotContain(newPassword);
    }

    @Test
    void disabledUserCannotSignInNorRefresh() {
        create("leaving", PASSWORD, List.of("RECEPTION_OFFICER"), null);
        JsonNode tokens = signIn("leaving", PASSWORD);

        TestHttp.Answer disabled = http().post("/api/identity/users/leaving/disable", admin, "");

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        SignIn attempt = browser().signIn("leaving", PASSWORD);
        assertThat(attempt.code()).isNull();
        assertThat(attempt.location()).endsWith("/login?error");
        HttpResponse<String> refreshed = browser().postForm("/oauth2/token", Map.of("grant_type", "refresh_token",
                "refresh_token", tokens.get("refresh_token").asString()), CONSOLE + ":" + CONSOLE_SECRET);
        assertThat(refreshed.statusCode()).isEqualTo(400);
        assertThat(refreshed.body()).contains("invalid_grant");

        http().post("/api/identity/users/leaving/enable", admin, "");
        assertThat(browser().signIn("leaving", PASSWORD).code()).as("enabled again").isNotNull();
    }

    @Test
    void unknownRoleIsAValidationProblem() {
        TestHttp.Answer answer = create("someone", PASSWORD, List.of("SUPERUSER"), null);

        assertValidationProblem(answer, "roles");
        assertThat(http().get("/api/identity/users/someone", admin).status()).isEqualTo(404);
    }

    @Test
    void clerkWithoutUnitIsAValidationProblem() {
        assertValidationProblem(create("unitless", PASSWORD, List.of("UNIT_CLERK"), null), "unit");
        assertValidationProblem(create("unitless", PASSWORD, List.of("UNIT_SIGNATORY"), " "), "unit");
        create("unit-holder", PASSWORD, List.of("UNIT_CLERK"), "U-EDU");
        assertValidationProblem(http().post("/api/identity/users/unit-holder/assign-roles", admin,
                TestHttp.json(Map.of("roles", List.of("UNIT_CLERK")))), "unit");
    }

    @Test
    void badUsernameShortPasswordAndNoRolesAreReportedTogether() {
        TestHttp.Answer answer = create("Bad Name!", "short", List.of(), null);

        assertValidationProblem(answer, "username");
        List<String> fields = answer.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains("username", "password", "roles");
        assertThat(answer.body()).doesNotContain("short\"");
    }

    @Test
    void takenUsernameIsAConflict() {
        assertThat(create("director", PASSWORD, List.of("FAO_DIRECTOR"), null).status()).isEqualTo(409);
    }

    @Test
    void unknownUserIsNotFound() {
        assertThat(http().get("/api/identity/users/no-such-user", admin).status()).isEqualTo(404);
    }

    @Test
    void nonAdminIsForbidden() {
        String clerk = accessToken("clerk", DEMO_PASSWORD);

        TestHttp.Answer list = http().get("/api/identity/users", clerk);
        TestHttp.Answer create = http().post("/api/identity/users", clerk,
                TestHttp.json(Map.of("username", "sneaky", "password", PASSWORD, "roles", List.of("ADMIN"))));

        assertThat(list.status()).isEqualTo(403);
        assertThat(list.header("Content-Type")).startsWith("application/problem+json");
        assertThat(create.status()).isEqualTo(403);
        assertThat(http().get("/api/identity/users/sneaky", admin).status()).isEqualTo(404);
    }

    @Test
    void noTokenIsUnauthorized() {
        TestHttp.Answer answer = http().get("/api/identity/users", null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http().post("/api/identity/users", "not-a-jwt", "{}").status()).isEqualTo(401);
    }

    @Test
    void adminsIdTokenIsNotAnAccessToken() {
        String idToken = signIn("admin", DEMO_PASSWORD).get("id_token").asString();

        assertThat(http().get("/api/identity/users", idToken).status()).as("aud is the client, not waishi")
                .isEqualTo(401);
    }

    private TestHttp.Answer create(String username, String password, List<String> roles, String unit) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("username", username);
        body.put("password", password);
        body.put("roles", roles);
        if (unit != null) {
            body.put("unit", unit);
        }
        return http().post("/api/identity/users", admin, TestHttp.json(body));
    }

    private static void assertValidationProblem(TestHttp.Answer answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:waishi:problem:validation");
        assertThat(answer.json().get("errors").toString()).contains("\"field\":\"" + field + "\"");
    }

    private static void assertNoSecrets(String body, String password) {
        assertThat(body).doesNotContain(password).doesNotContain("{bcrypt}").doesNotContain("$2a$")
                .doesNotContainIgnoringCase("passwordHash");
    }
}
