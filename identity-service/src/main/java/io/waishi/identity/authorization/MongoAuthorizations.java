package io.waishi.identity.authorization;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.jackson.SecurityJacksonModules;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2DeviceCode;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.OAuth2UserCode;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.util.Assert;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authorizations (codes, access, refresh and ID tokens, and the sign-in they came from) in the
 * {@value #COLLECTION} collection, so refresh tokens survive a restart and several instances share them.
 * One authorization is one document, written whole (the wire server has no transactions, and none is needed).
 * Attributes and token metadata are stored as JSON made by Spring Security's allow-listed Jackson modules,
 * as {@code JdbcOAuth2AuthorizationService} does.
 */
public class MongoAuthorizations implements OAuth2AuthorizationService {

    public static final String COLLECTION = "oauth2_authorizations";

    private static final String CODE = "authorizationCode";
    private static final String ACCESS = "accessToken";
    private static final String ID = "idToken";
    private static final String REFRESH = "refreshToken";
    private static final String USER_CODE = "userCode";
    private static final String DEVICE_CODE = "deviceCode";
    static final int PENDING_HOURS = 1;
    private static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");

    private final MongoTemplate mongo;
    private final RegisteredClientRepository clients;
    private final JsonMapper json;
    private final JavaType mapType;
    private final Clock clock;

    public MongoAuthorizations(MongoTemplate mongo, RegisteredClientRepository clients, Clock clock) {
        this.mongo = mongo;
        this.clients = clients;
        this.clock = clock;
        this.json = JsonMapper.builder()
                .addModules(SecurityJacksonModules.getModules(MongoAuthorizations.class.getClassLoader()))
                .build();
        this.mapType = json.getTypeFactory().constructType(new ParameterizedTypeReference<Map<String, Object>>() {
        }.getType());
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        Assert.notNull(authorization, "authorization cannot be null");
        Document document = toDocument(authorization);
        mongo.getCollection(COLLECTION).replaceOne(new Document("_id", authorization.getId()), document,
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        Assert.notNull(authorization, "authorization cannot be null");
        mongo.getCollection(COLLECTION).deleteOne(new Document("_id", authorization.getId()));
    }

    @Override
    public OAuth2Authorization findById(String id) {
        Assert.hasText(id, "id cannot be empty");
        return fromDocument(mongo.getCollection(COLLECTION).find(new Document("_id", id)).first());
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        Assert.hasText(token, "token cannot be empty");
        Document query;
        if (tokenType == null) {
            query = new Document("$or", List.of(new Document("state", token), valueOf(CODE, token),
                    valueOf(ACCESS, token), valueOf(ID, token), valueOf(REFRESH, token), valueOf(USER_CODE, token),
                    valueOf(DEVICE_CODE, token)));
        } else if (OAuth2ParameterNames.STATE.equals(tokenType.getValue())) {
            query = new Document("state", token);
        } else if (OAuth2ParameterNames.CODE.equals(tokenType.getValue())) {
            query = valueOf(CODE, token);
        } else if (OAuth2TokenType.ACCESS_TOKEN.equals(tokenType)) {
            query = valueOf(ACCESS, token);
        } else if (OidcParameterNames.ID_TOKEN.equals(tokenType.getValue())) {
            query = valueOf(ID, token);
        } else if (OAuth2TokenType.REFRESH_TOKEN.equals(tokenType)) {
            query = valueOf(REFRESH, token);
        } else if (OAuth2ParameterNames.USER_CODE.equals(tokenType.getValue())) {
            query = valueOf(USER_CODE, token);
        } else if (OAuth2ParameterNames.DEVICE_CODE.equals(tokenType.getValue())) {
            query = valueOf(DEVICE_CODE, token);
        } else {
            return null;
        }
        return fromDocument(mongo.getCollection(COLLECTION).find(query).first());
    }

    /**
     * Deletes the authorizations that can no longer be used: every token in them has expired (an
     * authorization still waiting for its code or consent expires {@value #PENDING_HOURS} hour after its last
     * change).
     *
     * @return how many were deleted
     */
    public long removeExpired() {
        return mongo.getCollection(COLLECTION)
                .deleteMany(new Document("expiresAt", new Document("$lt", Date.from(clock.instant()))))
                .getDeletedCount();
    }

    private static Document valueOf(String field, String token) {
        return new Document(field + ".value", token);
    }

    private Document toDocument(OAuth2Authorization authorization) {
        Document document = new Document("_id", authorization.getId())
                .append("registeredClientId", authorization.getRegisteredClientId())
                .append("principalName", authorization.getPrincipalName())
                .append("authorizationGrantType", authorization.getAuthorizationGrantType().getValue())
                .append("authorizedScopes", new ArrayList<>(authorization.getAuthorizedScopes()))
                .append("attributes", json.writeValueAsString(authorization.getAttributes()));
        String state = authorization.getAttribute(OAuth2ParameterNames.STATE);
        if (state != null && !state.isBlank()) {
            document.append("state", state);
        }
        putToken(document, CODE, authorization.getToken(OAuth2AuthorizationCode.class));
        OAuth2Authorization.Token<OAuth2AccessToken> access = authorization.getToken(OAuth2AccessToken.class);
        putToken(document, ACCESS, access);
        if (access != null) {
            Document stored = document.get(ACCESS, Document.class);
            stored.append("type", access.getToken().getTokenType().getValue())
                    .append("scopes", new ArrayList<>(access.getToken().getScopes()));
        }
        putToken(document, ID, authorization.getToken(OidcIdToken.class));
        putToken(document, REFRESH, authorization.getRefreshToken());
        putToken(document, USER_CODE, authorization.getToken(OAuth2UserCode.class));
        putToken(document, DEVICE_CODE, authorization.getToken(OAuth2DeviceCode.class));
        document.append("expiresAt", Date.from(expiresAt(authorization)));
        return document;
    }

    /** When the last token of the authorization expires; for one without tokens, an hour from now. */
    private Instant expiresAt(OAuth2Authorization authorization) {
        Instant latest = null;
        for (Class<? extends OAuth2Token> type : List.of(OAuth2AuthorizationCode.class, OAuth2AccessToken.class,
                OidcIdToken.class, OAuth2RefreshToken.class, OAuth2UserCode.class, OAuth2DeviceCode.class)) {
            OAuth2Authorization.Token<? extends OAuth2Token> token = authorization.getToken(type);
            if (token == null) {
                continue;
            }
            Instant expires = token.getToken().getExpiresAt();
            if (expires == null) {
                return NEVER; // a token without expiry keeps its authorization
            }
            latest = latest == null || expires.isAfter(latest) ? expires : latest;
        }
        return latest != null ? latest : clock.instant().plus(Duration.ofHours(PENDING_HOURS));
    }

    private <T extends OAuth2Token> void putToken(Document document, String field, OAuth2Authorization.Token<T> token) {
        if (token == null) {
            return;
        }
        document.append(field, new Document("value", token.getToken().getTokenValue())
                .append("issuedAt", date(token.getToken().getIssuedAt()))
                .append("expiresAt", date(token.getToken().getExpiresAt()))
                .append("metadata", json.writeValueAsString(token.getMetadata())));
    }

    @SuppressWarnings("unchecked")
    private OAuth2Authorization fromDocument(Document document) {
        if (document == null) {
            return null;
        }
        String clientId = document.getString("registeredClientId");
        RegisteredClient client = clients.findById(clientId);
        if (client == null) {
            throw new DataRetrievalFailureException("The RegisteredClient with id '" + clientId + "' is not configured");
        }
        Map<String, Object> attributes = read(document.getString("attributes"));
        OAuth2Authorization.Builder builder = OAuth2Authorization.withRegisteredClient(client)
                .id(document.getString("_id"))
                .principalName(document.getString("principalName"))
                .authorizationGrantType(new AuthorizationGrantType(document.getString("authorizationGrantType")))
                .authorizedScopes(new HashSet<>(document.getList("authorizedScopes", String.class, List.of())))
                .attributes(all -> all.putAll(attributes));
        String state = document.getString("state");
        if (state != null) {
            builder.attribute(OAuth2ParameterNames.STATE, state);
        }
        Document code = document.get(CODE, Document.class);
        if (code != null) {
            builder.token(new OAuth2AuthorizationCode(code.getString("value"), instant(code, "issuedAt"),
                    instant(code, "expiresAt")), metadata -> metadata.putAll(read(code.getString("metadata"))));
        }
        Document access = document.get(ACCESS, Document.class);
        if (access != null) {
            OAuth2AccessToken.TokenType type = OAuth2AccessToken.TokenType.DPOP.getValue()
                    .equalsIgnoreCase(access.getString("type"))
                    ? OAuth2AccessToken.TokenType.DPOP : OAuth2AccessToken.TokenType.BEARER;
            builder.token(new OAuth2AccessToken(type, access.getString("value"), instant(access, "issuedAt"),
                    instant(access, "expiresAt"), new HashSet<>(access.getList("scopes", String.class, List.of()))),
                    metadata -> metadata.putAll(read(access.getString("metadata"))));
        }
        Document id = document.get(ID, Document.class);
        if (id != null) {
            Map<String, Object> metadata = read(id.getString("metadata"));
            builder.token(new OidcIdToken(id.getString("value"), instant(id, "issuedAt"), instant(id, "expiresAt"),
                    (Map<String, Object>) metadata.get(OAuth2Authorization.Token.CLAIMS_METADATA_NAME)),
                    all -> all.putAll(metadata));
        }
        Document refresh = document.get(REFRESH, Document.class);
        if (refresh != null) {
            builder.token(new OAuth2RefreshToken(refresh.getString("value"), instant(refresh, "issuedAt"),
                    instant(refresh, "expiresAt")), metadata -> metadata.putAll(read(refresh.getString("metadata"))));
        }
        Document userCode = document.get(USER_CODE, Document.class);
        if (userCode != null) {
            builder.token(new OAuth2UserCode(userCode.getString("value"), instant(userCode, "issuedAt"),
                    instant(userCode, "expiresAt")), metadata -> metadata.putAll(read(userCode.getString("metadata"))));
        }
        Document deviceCode = document.get(DEVICE_CODE, Document.class);
        if (deviceCode != null) {
            builder.token(new OAuth2DeviceCode(deviceCode.getString("value"), instant(deviceCode, "issuedAt"),
                    instant(deviceCode, "expiresAt")),
                    metadata -> metadata.putAll(read(deviceCode.getString("metadata"))));
        }
        return builder.build();
    }

    private Map<String, Object> read(String text) {
        return text == null ? Map.of() : json.readValue(text, mapType);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
