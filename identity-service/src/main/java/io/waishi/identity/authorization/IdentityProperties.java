package io.waishi.identity.authorization;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The provider's settings ({@code waishi.identity.*}); application.yml maps the environment variables onto
 * them and README.md lists those.
 *
 * @param issuer          the {@code iss} of every token and the base of the discovery document, e.g.
 *                        {@code http://localhost:9000}; clients and services must use exactly this string
 * @param audience        the {@code aud} of access tokens, what the services require ({@code waishi})
 * @param accessTokenTtl  lifetime of access and ID tokens
 * @param refreshTokenTtl lifetime of refresh tokens (rotated on every use)
 * @param console         the gateway, signing people in (authorization code with PKCE)
 * @param partners        partner systems and API clients (client credentials)
 */
@ConfigurationProperties("waishi.identity")
public record IdentityProperties(String issuer, String audience, Duration accessTokenTtl, Duration refreshTokenTtl,
        Console console, List<Partner> partners) {

    public IdentityProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("waishi.identity.issuer (env WAISHI_IDENTITY_ISSUER) is required");
        }
        audience = audience == null || audience.isBlank() ? "waishi" : audience;
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(10) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofHours(8) : refreshTokenTtl;
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    /**
     * The web console's back end (the gateway): a confidential client.
     *
     * @param clientSecret          plain text (hashed on start) or already encoded as {@code {bcrypt}…}
     * @param redirectUris          where the provider may send the authorization code
     * @param postLogoutRedirectUris where RP-initiated logout may return to
     */
    public record Console(String clientId, String clientSecret, List<String> redirectUris,
            List<String> postLogoutRedirectUris) {

        public Console {
            redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
            postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
        }
    }

    /**
     * A partner system or API client using client credentials. Its tokens carry {@code roles} (read-only
     * ones such as {@code AUDITOR} are the usual choice) and never a unit.
     *
     * @param clientSecret plain text (hashed on start) or already encoded as {@code {bcrypt}…}
     * @param scopes       the scopes it may ask for, e.g. {@code events.read}, {@code api.read}
     * @param roles        role names put in the {@code roles} claim of its tokens
     */
    public record Partner(String clientId, String clientSecret, Set<String> scopes, List<String> roles) {

        public Partner {
            scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}
