package io.waishi.identity.authorization;

import java.util.HashSet;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;

/**
 * Consents (which scopes a person granted a client) in the {@value #COLLECTION} collection. The console is a
 * first-party client that asks for none; this only matters for clients that require consent.
 */
public class MongoConsents implements OAuth2AuthorizationConsentService {

    public static final String COLLECTION = "oauth2_consents";

    private final MongoTemplate mongo;

    public MongoConsents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(OAuth2AuthorizationConsent consent) {
        Document document = new Document("_id", key(consent.getRegisteredClientId(), consent.getPrincipalName()))
                .append("registeredClientId", consent.getRegisteredClientId())
                .append("principalName", consent.getPrincipalName())
                .append("authorities", consent.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        mongo.getCollection(COLLECTION).replaceOne(new Document("_id", document.get("_id")), document,
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    @Override
    public void remove(OAuth2AuthorizationConsent consent) {
        mongo.getCollection(COLLECTION).deleteOne(
                new Document("_id", key(consent.getRegisteredClientId(), consent.getPrincipalName())));
    }

    @Override
    public OAuth2AuthorizationConsent findById(String registeredClientId, String principalName) {
        Document document = mongo.getCollection(COLLECTION)
                .find(new Document("_id", key(registeredClientId, principalName))).first();
        if (document == null) {
            return null;
        }
        List<String> authorities = document.getList("authorities", String.class, List.of());
        return OAuth2AuthorizationConsent.withId(registeredClientId, principalName)
                .authorities(all -> all.addAll(new HashSet<>(authorities.stream()
                        .map(SimpleGrantedAuthority::new).toList())))
                .build();
    }

    private static String key(String registeredClientId, String principalName) {
        return registeredClientId + "|" + principalName;
    }
}
