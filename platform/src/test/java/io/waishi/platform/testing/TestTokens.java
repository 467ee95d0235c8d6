package io.waishi.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs JWTs for tests with the test key pair under {@code waishi-test-jwt/}. Services and the gateway
 * under test trust {@code public.pem} through {@link #PROPERTIES}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.test.waishi";
    public static final String AUDIENCE = "waishi";

    public static final String KEY_PROPERTY = "waishi.security.jwt.public-key-location=classpath:waishi-test-jwt/public.pem";
    public static final String ISSUER_PROPERTY = "waishi.security.jwt.issuer=" + ISSUER;
    public static final String AUDIENCE_PROPERTY = "waishi.security.jwt.audience=" + AUDIENCE;

    /** Properties that make a service or the gateway trust tokens from this class. */
    public static final String[] PROPERTIES = {KEY_PROPERTY, ISSUER_PROPERTY, AUDIENCE_PROPERTY};

    private static final PrivateKey KEY = readKey("/waishi-test-jwt/private.pem");
    private static final PrivateKey FOREIGN_KEY = readKey("/waishi-test-jwt/foreign-private.pem");

    private TestTokens() {
    }

    public static Builder user(String subject) {
        return new Builder(subject);
    }

    /** A token for {@code subject} with {@code roles} and no unit, valid for an hour. */
    public static String token(String subject, String... roles) {
        return user(subject).roles(roles).build();
    }

    public static final class Builder {
        private final String subject;
        private final List<String> roles = new ArrayList<>();
        private String unit;
        private String issuer = ISSUER;
        private String audience = AUDIENCE;
        private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
        private PrivateKey key = KEY;
        private String scope;
        private boolean rolesClaim = true;
        private final java.util.Map<String, Object> extraClaims = new java.util.LinkedHashMap<>();

        private Builder(String subject) {
            this.subject = subject;
        }

        public Builder roles(String... roleNames) {
            roles.addAll(List.of(roleNames));
            return this;
        }

        public Builder unit(String unitCode) {
            this.unit = unitCode;
            return this;
        }

        public Builder scope(String scopes) {
            this.scope = scopes;
            return this;
        }

        /** Leaves the {@code roles} claim out altogether (a partner system's token carries scopes instead). */
        public Builder withoutRolesClaim() {
            this.rolesClaim = false;
            return this;
        }

        /** Sets any claim as given, replacing what the builder would put there: for malformed tokens. */
        public Builder claim(String name, Object value) {
            extraClaims.put(name, value);
            return this;
        }

        public Builder issuer(String tokenIssuer) {
            this.issuer = tokenIssuer;
            return this;
        }

        public Builder audience(String tokenAudience) {
            this.audience = tokenAudience;
            return this;
        }

        public Builder expired() {
            this.expiresAt = Instant.now().minus(Duration.ofMinutes(10));
            return this;
        }

        /** Signs with a key nobody trusts, as a forger would. */
        public Builder signedWithForeignKey() {
            this.key = FOREIGN_KEY;
            return this;
        }

        public String build() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .subject(subject)
                    .issuer(issuer)
                    .audience(audience)
                    .jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(Instant.now().minusSeconds(5)))
                    .expirationTime(Date.from(expiresAt));
            if (rolesClaim) {
                claims.claim("roles", roles);
            }
            if (unit != null) {
                claims.claim("unit", unit);
            }
            if (scope != null) {
                claims.claim("scope", scope);
            }
            extraClaims.forEach(claims::claim);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims.build());
            try {
                jwt.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }

        public String bearer() {
            return "Bearer " + build();
        }
    }

    private static PrivateKey readKey(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read test key " + resource, e);
        }
    }
}
