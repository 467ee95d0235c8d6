package io.waishi.identity.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.identity.IdentityOverHttp;
import io.waishi.platform.testing.TestHttp;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import tools.jackson.databind.JsonNode;

/** A person signs in to the console: authorization code with PKCE, as the gateway will drive it. */
class SignInIT extends IdentityOverHttp {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RegisteredClientRepository clients;

    @Test
    void clerkSignsInWithCodeAndPkceAndGetsRolesAndUnit() {
        JsonNode tokens = signIn("clerk", DEMO_PASSWORD);

        Jwt access = jwtDecoder.decode(tokens.get("access_token").asString());
        assertThat(access.getSubject()).isEqualTo("clerk");
        assertThat(access.getIssuer().toString()).isEqualTo(ISSUER);
        assertThat(access.getAudience()).containsExactly("waishi");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("UNIT_CLERK");
        assertThat(access.getClaimAsString("unit")).isEqualTo("U-EDU");
        assertThat(access.getClaimAsStringList("scope")).containsExactlyInAnyOrder("openid", "profile");

        JsonNode id = claims(tokens.get("id_token").asString());
        assertThat(id.get("sub").asString()).isEqualTo("clerk");
        assertThat(id.get("iss").asString()).isEqualTo(ISSUER);
        assertThat(id.get("aud").toString()).contains(CONSOLE);
        assertThat(id.get("roles").toString()).isEqualTo("[\"UNIT_CLERK\"]");
        assertThat(id.get("unit").asString()).isEqualTo("U-EDU");
        assertThat(id.has("nonce")).isTrue();
    }

    @Test
    void userinfoAnswersForTheAccessTokenAndTheIdTokenIsNoAccessToken() {
        JsonNode tokens = signIn("sister", DEMO_PASSWORD);

        TestHttp.Answer userinfo = http().get("/userinfo", tokens.get("access_token").asString());
        assertThat(userinfo.status()).as(userinfo.body()).isEqualTo(200);
        assertThat(userinfo.json().get("sub").asString()).isEqualTo("sister");

        assertThat(http().get("/userinfo", tokens.get("id_token").asString()).status()).isEqualTo(401);
    }

    @Test
    void officeWideUserHasNoUnit() {
        Jwt access = jwtDecoder.decode(accessToken("director", DEMO_PASSWORD));

        assertThat(access.getClaimAsStringList("roles")).containsExactly("FAO_DIRECTOR");
        assertThat(access.hasClaim("unit")).isFalse();
    }

    @Test
    void refreshTokenGivesNewTokensOnceAndIsStoredInMongo() {
        JsonNode tokens = signIn("signatory", DEMO_PASSWORD);
        String refresh = tokens.get("refresh_token").asString();

        OAuth2Authorization stored = new MongoAuthorizations(mongo, clients, Clock.systemUTC())
                .findByToken(refresh, OAuth2TokenType.REFRESH_TOKEN);
        assertThat(stored).as("a fresh service instance finds the authorization in MongoDB").isNotNull();
        assertThat(stored.getPrincipalName()).isEqualTo("signatory");

        HttpResponse<String> refreshed = refresh(refresh);
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        JsonNode renewed = TestHttp.JSON_MAPPER.readTree(refreshed.body());
        Jwt access = jwtDecoder.decode(renewed.get("access_token").asString());
        assertThat(access.getSubject()).isEqualTo("signatory");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("UNIT_SIGNATORY");
        assertThat(access.getClaimAsString("unit")).isEqualTo("U-EDU");
        assertThat(renewed.get("refresh_token").asString()).isNotEqualTo(refresh);

        assertThat(refresh(refresh).statusCode()).as("a used refresh token is spent").isEqualTo(400);
    }

    @Test
    void wrongPasswordIsRefused() {
        SignIn attempt = browser().signIn("clerk", "not-the-password");

        assertThat(attempt.code()).isNull();
        assertThat(attempt.location()).endsWith("/login?error");
    }

    @Test
    void unknownUserIsRefused() {
        assertThat(browser().signIn("nobody", DEMO_PASSWORD).code()).isNull();
    }

    @Test
    void authorizationRequestWithoutPkceIsRefused() {
        Browser browser = browser();
        browser.login("officer", DEMO_PASSWORD);

        HttpResponse<String> authorize = browser.get(Browser.authorizeUrl(null, "s1"));

        String answer = authorize.statusCode() == 302 ? location(authorize) : authorize.body();
        assertThat(answer).doesNotContain("code=");
        assertThat(answer).contains("invalid_request");
    }

    @Test
    void codeCannotBeRedeemedWithAWrongVerifier() {
        Browser browser = browser();
        SignIn signIn = browser.signIn("officer", DEMO_PASSWORD);

        HttpResponse<String> tokens = browser.redeem(new SignIn(signIn.location(), signIn.code(), randomToken(),
                signIn.state()));

        assertThat(tokens.statusCode()).isEqualTo(400);
        assertThat(tokens.body()).contains("invalid_grant");
    }

    @Test
    void rpInitiatedLogoutReturnsToTheConsole() {
        Browser browser = browser();
        SignIn signIn = browser.signIn("editor", DEMO_PASSWORD);
        JsonNode tokens = TestHttp.JSON_MAPPER.readTree(browser.redeem(signIn).body());

        HttpResponse<String> logout = browser.get("/connect/logout?" + form(Map.of(
                "id_token_hint", tokens.get("id_token").asString(),
                "post_logout_redirect_uri", POST_LOGOUT_URI,
                "state", "bye")));

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(location(logout)).isEqualTo(POST_LOGOUT_URI + "?state=bye");
        HttpResponse<String> again = browser.get(Browser.authorizeUrl(challenge(randomToken()), "s2"));
        assertThat(location(again)).as("signed out: the next authorize asks to sign in").endsWith("/login");
    }

    private HttpResponse<String> refresh(String refreshToken) {
        return browser().postForm("/oauth2/token", Map.of("grant_type", "refresh_token", "refresh_token", refreshToken),
                CONSOLE + ":" + CONSOLE_SECRET);
    }
}
