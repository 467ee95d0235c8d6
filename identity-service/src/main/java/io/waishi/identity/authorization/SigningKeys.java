package io.waishi.identity.authorization;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.time.Instant;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The RSA key that signs every token, kept in the {@value #COLLECTION} collection so tokens and sign-ins
 * survive a restart and every instance signs with the same key. Created once (2048 bits, RS256, {@code kid} =
 * RFC 7638 thumbprint); when two instances start together the first insert wins and both use it.
 *
 * <p>The private key is stored as a JWK in the database: whoever reads that collection can mint tokens. This
 * provider is meant for the local stack and small installations; use an external provider (Keycloak) where
 * that is not acceptable.
 */
public final class SigningKeys {

    public static final String COLLECTION = "signing_keys";
    static final String CURRENT = "current";

    private SigningKeys() {
    }

    public static RSAKey loadOrCreate(MongoTemplate mongo) {
        Document stored = mongo.getCollection(COLLECTION).find(new Document("_id", CURRENT)).first();
        if (stored == null) {
            RSAKey generated = generate();
            try {
                mongo.getCollection(COLLECTION).insertOne(new Document("_id", CURRENT)
                        .append("jwk", generated.toJSONString())
                        .append("createdAt", java.util.Date.from(Instant.now())));
                return generated;
            } catch (com.mongodb.MongoWriteException | DuplicateKeyException raced) {
                stored = mongo.getCollection(COLLECTION).find(new Document("_id", CURRENT)).first();
                if (stored == null) {
                    throw raced;
                }
            }
        }
        try {
            return RSAKey.parse(stored.getString("jwk"));
        } catch (ParseException e) {
            throw new IllegalStateException("The signing key in " + COLLECTION + " is not a JWK", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }
}
