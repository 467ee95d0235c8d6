package io.waishi.local.system;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.waishi.local.LocalStack;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * Makes the bad tokens of the broken-authentication tests, test scope only: signed with the provider's real key
 * (read from its {@code signing_keys} collection on the stack's Mongo wire server, as anyone who could read that
 * database could) but expired or addressed wrongly, or signed with a fresh key the stack has never seen.
 */
final class ForgedTokens {

    private final RSAKey key;

    private ForgedTokens(RSAKey key) {
        this.key = key;
    }

    /** Signs with the key the provider signs with: what the stack would accept were the claims right. */
    static ForgedTokens withProviderKey(LocalStack stack) {
        try (MongoClient mongo = MongoClients.create(stack.mongoUri())) {
            Document stored = mongo.getDatabase(stack.identityDatabase()).getCollection("signing_keys")
                    .find(new Document("_id", "current")).first();
            if (stored == null) {
                throw new IllegalStateException("the provider has no signing key in " + stack.identityDatabase());
            }
            return new ForgedTokens(RSAKey.parse(stored.getString("jwk")));
        } catch (ParseException e) {
            throw new IllegalStateException("the stored signing key is not a JWK", e);
        }
    }

    /** Signs with a new key pair, under the provider's {@code kid}: a forged signature. */
    static ForgedTokens withFreshKey(LocalStack stack) {
        RSAKey provider = withProviderKey(stack).key;
        try {
            return new ForgedTokens(new RSAKeyGenerator(2048).keyID(provider.getKeyID()).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An RS256 token as the provider makes them for {@code director}, with these issuer, audience and expiry. */
    String director(String issuer, String audience, Instant expiresAt) {
        Instant issuedAt = expiresAt.minus(Duration.ofMinutes(10));
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject("director")
                .claim("roles", List.of("FAO_DIRECTOR"))
                .claim("scope", List.of("openid", "profile"))
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
