package io.waishi.identity.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.identity.IdentityOverHttp;
import io.waishi.identity.IdentityServiceApplication;
import io.waishi.platform.mongo.EmbeddedMongoServer;
import io.waishi.platform.mongo.WaishiMongoProperties;
import io.waishi.platform.testing.TestHttp;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The provider stopped and started again on the same MongoDB: same signing key, the refresh token issued
 * before the restart still works, and an access token from before is still accepted by the admin API.
 */
class RestartIT {

    private static EmbeddedMongoServer mongo;

    @BeforeAll
    static void startMongo() {
        mongo = new EmbeddedMongoServer(new WaishiMongoProperties.Embedded("memory", null, 0));
    }

    @AfterAll
    static void stopMongo() {
        mongo.destroy();
    }

    @Test
    void tokensAndKeysSurviveARestart() {
        String kid;
        JsonNode tokens;
        try (ConfigurableApplicationContext first = start()) {
            String base = base(first);
            kid = new TestHttp(base).get("/oauth2/jwks", null).json().get("keys").get(0).get("kid").asString();
            IdentityOverHttp.Browser browser = IdentityOverHttp.browser(base);
            IdentityOverHttp.SignIn signIn = browser.signIn("admin", IdentityOverHttp.DEMO_PASSWORD);
            tokens = TestHttp.JSON_MAPPER.readTree(browser.redeem(signIn).body());
        }

        try (ConfigurableApplicationContext second = start()) {
            String base = base(second);
            TestHttp http = new TestHttp(base);
            assertThat(http.get("/oauth2/jwks", null).json().get("keys").get(0).get("kid").asString()).isEqualTo(kid);
            assertThat(http.get("/api/identity/users/admin", tokens.get("access_token").asString()).status())
                    .isEqualTo(200);
            HttpResponse<String> refreshed = IdentityOverHttp.browser(base).postForm("/oauth2/token",
                    Map.of("grant_type", "refresh_token", "refresh_token", tokens.get("refresh_token").asString()),
                    IdentityOverHttp.CONSOLE + ":" + IdentityOverHttp.CONSOLE_SECRET);
            assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
            assertThat(IdentityOverHttp.claims(TestHttp.JSON_MAPPER.readTree(refreshed.body())
                    .get("access_token").asString()).get("roles").toString()).isEqualTo("[\"ADMIN\"]");
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(IdentityServiceApplication.class).run(
                "--server.port=0",
                "--waishi.mongo.uri=" + mongo.connectionString(),
                "--waishi.identity.issuer=" + IdentityOverHttp.ISSUER,
                "--waishi.identity.demo-users=true",
                "--waishi.identity.demo-password=" + IdentityOverHttp.DEMO_PASSWORD,
                "--waishi.identity.console.redirect-uris=" + IdentityOverHttp.REDIRECT_URI,
                "--logging.structured.format.console=");
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }
}
