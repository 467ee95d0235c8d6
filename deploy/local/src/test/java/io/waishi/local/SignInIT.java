package io.waishi.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tokens for the tests, the benchmark and {@code ./waishi token}: real sign-ins to the real provider
 * (identity-service's jar on the Mongo wire server, started by the stack with its demo accounts), verified with
 * the provider's published keys.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInIT {

    @TempDir
    static Path data;

    LocalStack stack;

    @BeforeAll
    void startTheProvider() {
        stack = LocalStack.builder().dataDir(data).randomPorts().only(LocalStack.MONGO, LocalStack.IDENTITY)
                .quiet(true).readinessTimeout(Duration.ofSeconds(180)).build().start();
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aDemoUsersTokenIsSignedByTheProviderWithRolesUnitAndTheStacksLifetime() throws Exception {
        String token = stack.token("clerk");

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new RSASSAVerifier(publishedKey(jwt.getHeader().getKeyID())))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(stack.identityUrl());
        assertThat(claims.getAudience()).contains("waishi");
        assertThat(claims.getSubject()).isEqualTo("clerk");
        assertThat(claims.getStringListClaim("roles")).containsExactly("UNIT_CLERK");
        assertThat(claims.getStringClaim("unit")).isEqualTo("U-EDU");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(1));

        assertThat(stack.token("clerk")).as("cached while fresh").isEqualTo(token);
        assertThat(stack.token("director")).isNotEqualTo(token);
        assertThat(SignedJWT.parse(stack.token("director")).getJWTClaimsSet().getClaim("unit")).isNull();
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        assertThatThrownBy(() -> stack.token("clerk", "not-the-password"))
                .isInstanceOf(SignIn.SignInException.class).hasMessageContaining("refused the sign-in of clerk");
    }

    @Test
    void aTokenIsRenewedShortlyBeforeItExpires() {
        SignIn.AccessToken token = stack.signIn().signIn("officer", LocalStack.DEMO_PASSWORD);
        Duration lifetime = Duration.between(token.issuedAt(), token.expiresAt());
        assertThat(lifetime).isBetween(Duration.ofMinutes(59), Duration.ofHours(1));
        assertThat(token.freshAt(token.expiresAt().minus(SignIn.RENEW_BEFORE).minusSeconds(1))).isTrue();
        assertThat(token.freshAt(token.expiresAt().minus(SignIn.RENEW_BEFORE).plusSeconds(1))).isFalse();
        SignIn.AccessToken shortLived = new SignIn.AccessToken("x", Instant.EPOCH, Instant.EPOCH.plusSeconds(300));
        assertThat(shortLived.freshAt(Instant.EPOCH.plusSeconds(269))).isTrue();
        assertThat(shortLived.freshAt(Instant.EPOCH.plusSeconds(271))).as("a tenth of 5 min").isFalse();
    }

    @Test
    void theCommandLinePrintsARealTokenAndReusesItFromTokensTxt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("WAISHI_DATA_DIR", data.toString()));

        assertThat(cli.run(new String[] {"token", "signatory"})).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String token = out.toString(StandardCharsets.UTF_8).trim();
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new RSASSAVerifier(publishedKey(jwt.getHeader().getKeyID())))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("signatory");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("UNIT_SIGNATORY");
        assertThat(Files.readString(data.resolve("tokens.txt"))).contains("signatory " + token + " ")
                .contains("# issuer " + stack.identityUrl());

        out.reset();
        assertThat(cli.run(new String[] {"token", "signatory"})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).trim()).as("reused while fresh").isEqualTo(token);

        out.reset();
        assertThat(cli.run(new String[] {"token", "signatory", "--password", "wrong"})).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("sign-in failed");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theDemoAccountsAreSeededOnEveryStartWithoutDuplicatesAndTheKeySurvives() throws Exception {
        String before = stack.token("auditor");
        stack.stop(LocalStack.IDENTITY);
        stack.start(LocalStack.IDENTITY);

        try (MongoClient mongo = MongoClients.create(stack.mongoUri())) {
            assertThat(mongo.getDatabase(stack.identityDatabase()).getCollection("accounts").countDocuments())
                    .isEqualTo(DemoUser.ALL.size());
        }
        SignedJWT earlier = SignedJWT.parse(before);
        assertThat(earlier.verify(new RSASSAVerifier(publishedKey(earlier.getHeader().getKeyID()))))
                .as("tokens from before the restart still verify").isTrue();
        stack.signIn().forget("auditor");
        assertThat(stack.token("auditor")).isNotEqualTo(before);
    }

    private RSAKey publishedKey(String keyId) throws Exception {
        String published = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(stack.jwkSetUri())).build(), HttpResponse.BodyHandlers.ofString()).body();
        JWKSet keys = JWKSet.parse(published);
        return (RSAKey) keys.getKeyByKeyId(keyId);
    }
}
