package io.waishi.identity.authorization;

import io.waishi.platform.domain.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The fixed clients, from configuration: the console (the gateway as a confidential back end for the browser)
 * and the partner systems. Each client's id is its client id, so authorizations stored in MongoDB still find
 * their client after a restart. Secrets are kept only as hashes.
 */
final class Clients {

    private Clients() {
    }

    static RegisteredClientRepository of(IdentityProperties properties, PasswordEncoder encoder) {
        List<RegisteredClient> clients = new ArrayList<>();
        TokenSettings tokens = TokenSettings.builder()
                .accessTokenTimeToLive(properties.accessTokenTtl())
                .refreshTokenTimeToLive(properties.refreshTokenTtl())
                .reuseRefreshTokens(false)
                .idTokenSignatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        IdentityProperties.Console console = properties.console();
        if (console != null && console.clientId() != null && !console.clientId().isBlank()) {
            if (console.redirectUris().isEmpty()) {
                throw new IllegalStateException("waishi.identity.console.redirect-uris is required");
            }
            clients.add(RegisteredClient.withId(console.clientId())
                    .clientId(console.clientId())
                    .clientSecret(hashed(console.clientSecret(), console.clientId(), encoder))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUris(uris -> uris.addAll(console.redirectUris()))
                    .postLogoutRedirectUris(uris -> uris.addAll(console.postLogoutRedirectUris()))
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder()
                            .requireProofKey(true)
                            .requireAuthorizationConsent(false) // first-party: the office's own console
                            .build())
                    .tokenSettings(tokens)
                    .build());
        }
        for (IdentityProperties.Partner partner : properties.partners()) {
            if (partner.scopes().isEmpty()) {
                throw new IllegalStateException("partner client " + partner.clientId() + " needs scopes");
            }
            for (String role : partner.roles()) {
                if (Role.parse(role).isEmpty()) {
                    throw new IllegalStateException("partner client " + partner.clientId() + ": unknown role " + role);
                }
            }
            clients.add(RegisteredClient.withId(partner.clientId())
                    .clientId(partner.clientId())
                    .clientSecret(hashed(partner.clientSecret(), partner.clientId(), encoder))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scopes(scopes -> scopes.addAll(partner.scopes()))
                    .clientSettings(ClientSettings.builder()
                            .setting(WaishiClaims.CLIENT_ROLES_SETTING, partner.roles())
                            .build())
                    .tokenSettings(tokens)
                    .build());
        }
        if (clients.isEmpty()) {
            throw new IllegalStateException("No clients configured (waishi.identity.console, waishi.identity.partners)");
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    /** An encoded secret ({@code {bcrypt}…}) is kept as it is; a plain one is hashed now. */
    private static String hashed(String secret, String clientId, PasswordEncoder encoder) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("client " + clientId + " has no secret");
        }
        return secret.startsWith("{") ? secret : encoder.encode(secret);
    }
}
