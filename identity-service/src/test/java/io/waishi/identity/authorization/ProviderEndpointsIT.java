package io.waishi.identity.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import io.waishi.identity.IdentityOverHttp;
import io.waishi.platform.testing.TestHttp;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import tools.jackson.databind.JsonNode;

/** Discovery, the key set, client credentials for partners, health. */
class ProviderEndpointsIT extends IdentityOverHttp {

    @Autowired
    MongoTemplate mongo;

    @Test
    void discoveryDocumentNamesTheIssuerAndTheEndpoints() {
        TestHttp.Answer answer = http().get("/.well-known/openid-configuration", null);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode discovery = answer.json();
        assertThat(discovery.get("issuer").asString()).isEqualTo(ISSUER);
        assertThat(discovery.get("authorization_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/authorize");
        assertThat(discovery.get("token_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(discovery.get("end_session_endpoint").asString()).isEqualTo(ISSUER + "/connect/logout");
        assertThat(discovery.get("userinfo_endpoint").asString()).isEqualTo(ISSUER + "/userinfo");
        assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");
        assertThat(discovery.get("id_token_signing_alg_values_supported").toString()).contains("RS256");
    }

    @Test
    void keySetPublishesThePersistedPublicKeyOnly() {
        TestHttp.Answer answer = http().get("/oauth2/jwks", null);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode keys = answer.json().get("keys");
        assertThat(keys.size()).isEqualTo(1);
        JsonNode key = keys.get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.has("d")).as("no private part").isFalse();
        assertThat(key.has("p")).isFalse();
        RSAKey stored = SigningKeys.loadOrCreate(mongo);
        assertThat(key.get("kid").asString()).isEqualTo(stored.getKeyID());
        assertThat(key.get("n").asString()).isEqualTo(stored.getModulus().toString());
        assertThat(SigningKeys.loadOrCreate(mongo).getKeyID()).as("a second start reuses the key")
                .isEqualTo(stored.getKeyID());
    }

    @Test
    void partnerGetsAClientCredentialsTokenWithItsScopesAndRolesAndNoUnit() {
        HttpResponse<String> response = browser().postForm("/oauth2/token",
                Map.of("grant_type", "client_credentials", "scope", "events.read"), PARTNER + ":" + PARTNER_SECRET);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode tokens = TestHttp.JSON_MAPPER.readTree(response.body());
        assertThat(tokens.has("refresh_token")).isFalse();
        Jwt jwt = jwtDecoder.decode(tokens.get("access_token").asString());
        assertThat(jwt.getSubject()).isEqualTo(PARTNER);
        assertThat(jwt.getIssuer().toString()).isEqualTo(ISSUER);
        assertThat(jwt.getAudience()).containsExactly("waishi");
        assertThat(jwt.getClaimAsStringList("scope")).containsExactly("events.read");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("AUDITOR");
        assertThat(jwt.hasClaim("unit")).isFalse();
    }

    @Test
    void partnerCannotAskForAScopeItWasNotGiven() {
        HttpResponse<String> response = browser().postForm("/oauth2/token",
                Map.of("grant_type", "client_credentials", "scope", "events.write"), PARTNER + ":" + PARTNER_SECRET);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_scope");
    }

    @Test
    void wrongClientSecretIsRefused() {
        HttpResponse<String> response = browser().postForm("/oauth2/token",
                Map.of("grant_type", "client_credentials", "scope", "events.read"), PARTNER + ":not-the-secret");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void partnerTokenDoesNotOpenTheAdminApi() {
        HttpResponse<String> response = browser().postForm("/oauth2/token",
                Map.of("grant_type", "client_credentials", "scope", "api.read"), PARTNER + ":" + PARTNER_SECRET);
        String token = TestHttp.JSON_MAPPER.readTree(response.body()).get("access_token").asString();

        assertThat(http().get("/api/identity/users", token).status()).isEqualTo(403);
    }

    @Test
    void healthAndMetricsAreOpen() {
        TestHttp.Answer health = http().get("/actuator/health/readiness", null);
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(http().get("/actuator/prometheus", null).body()).contains("jvm_memory_used_bytes");
    }
}
