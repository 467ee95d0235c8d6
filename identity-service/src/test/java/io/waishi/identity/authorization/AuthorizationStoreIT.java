package io.waishi.identity.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.identity.IdentityOverHttp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/** Authorizations in MongoDB: found by each token, and deleted once every token in them has expired. */
class AuthorizationStoreIT extends IdentityOverHttp {

    @Autowired
    MongoAuthorizations authorizations;

    @Autowired
    RegisteredClientRepository clients;

    @Test
    void spentAuthorizationsAreSweptAndLiveOnesKept() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        OAuth2Authorization spent = authorization(now.minusSeconds(7200), now.minusSeconds(3600), now.minusSeconds(60));
        OAuth2Authorization live = authorization(now.minusSeconds(7200), now.minusSeconds(3600), now.plusSeconds(3600));
        authorizations.save(spent);
        authorizations.save(live);

        assertThat(authorizations.removeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(authorizations.findById(spent.getId())).isNull();
        OAuth2Authorization kept = authorizations.findByToken(live.getRefreshToken().getToken().getTokenValue(),
                OAuth2TokenType.REFRESH_TOKEN);
        assertThat(kept).isNotNull();
        assertThat(kept.getId()).isEqualTo(live.getId());
        assertThat(kept.getAccessToken().getToken().getScopes()).containsExactly("openid");
        assertThat(kept.getRefreshToken().getToken().getExpiresAt()).isEqualTo(now.plusSeconds(3600));
        assertThat(authorizations.findByToken(live.getAccessToken().getToken().getTokenValue(), null).getId())
                .isEqualTo(live.getId());
    }

    private OAuth2Authorization authorization(Instant issued, Instant accessExpires, Instant refreshExpires) {
        return OAuth2Authorization.withRegisteredClient(clients.findByClientId(CONSOLE))
                .id(UUID.randomUUID().toString())
                .principalName("sweep-test")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizedScopes(Set.of("openid"))
                .token(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, randomToken(), issued, accessExpires,
                        Set.of("openid")))
                .refreshToken(new OAuth2RefreshToken(randomToken(), issued, refreshExpires))
                .build();
    }
}
