package io.waishi.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevIssuerTest {

    @TempDir
    Path dir;

    @Test
    void tokenVerifiesWithThePublicPemAndCarriesTheClaims() throws Exception {
        DevIssuer issuer = DevIssuer.open(dir);
        String token = issuer.mint("alice", "U-EDU", "UNIT_CLERK", "AUDITOR");

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(issuer.keyId());
        assertThat(jwt.verify(new RSASSAVerifier(readPublicPem(dir.resolve("public.pem"))))).isTrue();

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getIssuer()).isEqualTo("waishi-local-dev");
        assertThat(claims.getAudience()).containsExactly("waishi");
        assertThat(claims.getStringListClaim("roles")).containsExactly("UNIT_CLERK", "AUDITOR");
        assertThat(claims.getStringClaim("unit")).isEqualTo("U-EDU");
        assertThat(claims.getJWTID()).isNotBlank();
        Instant issued = claims.getIssueTime().toInstant();
        assertThat(issued).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
        assertThat(Duration.between(issued, claims.getExpirationTime().toInstant())).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void officeWideUsersHaveNoUnitClaimAndTtlIsConfigurable() throws Exception {
        DevIssuer issuer = DevIssuer.open(dir, "http://issuer.test", "aud-x");
        String token = issuer.mint("director", null, List.of("FAO_DIRECTOR"), Duration.ofMinutes(5));
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getClaims()).doesNotContainKey("unit");
        assertThat(claims.getIssuer()).isEqualTo("http://issuer.test");
        assertThat(claims.getAudience()).containsExactly("aud-x");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void keyPairIsGeneratedOnceAndKeptInPemFiles() throws Exception {
        DevIssuer first = DevIssuer.open(dir);
        String privatePem = Files.readString(dir.resolve("private.pem"));
        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(Files.readString(dir.resolve("public.pem"))).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(Files.readString(dir.resolve("jwks.json"))).contains(first.keyId()).contains("RS256");

        DevIssuer second = DevIssuer.open(dir);
        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(Files.readString(dir.resolve("private.pem"))).isEqualTo(privatePem);
        // a token of the first instance verifies with the key the second one loaded
        assertThat(SignedJWT.parse(first.mint("x", null, "ADMIN")).verify(new RSASSAVerifier(second.publicKey())))
                .isTrue();
    }

    @Test
    void demoTokensFileHasOneVerifiableTokenPerDemoUser() throws Exception {
        DevIssuer issuer = DevIssuer.open(dir);
        List<String> lines = Files.readAllLines(issuer.writeDemoTokens());
        List<String> tokenLines = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(tokenLines).hasSize(DemoUser.ALL.size());
        for (DemoUser user : DemoUser.ALL) {
            String line = tokenLines.stream().filter(l -> l.startsWith(user.username() + " ")).findFirst()
                    .orElseThrow();
            SignedJWT jwt = SignedJWT.parse(line.substring(user.username().length() + 1));
            assertThat(jwt.verify(new RSASSAVerifier(issuer.publicKey()))).isTrue();
            assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(user.username());
            assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).isEqualTo(user.roles());
            assertThat(jwt.getJWTClaimsSet().getStringClaim("unit")).isEqualTo(user.unit());
        }
        assertThat(DemoUser.ALL).extracting(DemoUser::username)
                .contains("clerk", "signatory", "officer", "director", "sister", "reception", "editor", "admin",
                        "auditor");
        assertThat(DemoUser.ALL).flatExtracting(DemoUser::roles).containsAll(DemoUser.KNOWN_ROLES);
    }

    private static RSAPublicKey readPublicPem(Path file) throws Exception {
        String body = Files.readString(file).replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    }
}
