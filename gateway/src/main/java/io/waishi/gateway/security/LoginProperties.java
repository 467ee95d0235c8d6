package io.waishi.gateway.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Browser sign-in at the gateway ({@code waishi.gateway.login.*}): the OpenID Connect client the
 * gateway is at the provider, and the session cookie. Sign-in is on only when {@link #clientId} is
 * set; without it the gateway accepts bearer tokens only, exactly as before.
 *
 * <p>The provider is found either by discovery from {@link #issuerUri} (fetched once at start-up,
 * so the provider must answer then) or, when {@link #authorizationUri}, {@link #tokenUri} and
 * {@link #jwkSetUri} are all set, from those endpoints without contacting it at start-up.
 *
 * @param clientId the gateway's client id at the provider ({@code waishi-console}); blank = sign-in off
 * @param clientSecret its secret (client_secret_basic)
 * @param issuerUri the provider's issuer; ID tokens must carry it
 * @param scopes requested scopes
 * @param authorizationUri explicit authorization endpoint (skips discovery with the two below)
 * @param tokenUri explicit token endpoint
 * @param jwkSetUri explicit JWK set (keys of the ID tokens)
 * @param userInfoUri explicit user-info endpoint; unset = claims from the ID token only
 * @param endSessionUri explicit end_session endpoint (RP-initiated logout); discovery fills it otherwise
 * @param postLogoutRedirectUri where the provider sends the browser after logout; {@code {baseUrl}}
 *        is the gateway's own base URL; must be registered at the provider
 * @param refreshBefore an access token this close to its expiry is refreshed before it is relayed
 * @param cookie the session cookie
 */
@ConfigurationProperties("waishi.gateway.login")
public record LoginProperties(
        String clientId,
        String clientSecret,
        URI issuerUri,
        @DefaultValue({"openid", "profile"}) List<String> scopes,
        URI authorizationUri,
        URI tokenUri,
        URI jwkSetUri,
        URI userInfoUri,
        URI endSessionUri,
        @DefaultValue("{baseUrl}/") String postLogoutRedirectUri,
        @DefaultValue("60s") Duration refreshBefore,
        @DefaultValue Cookie cookie) {

    /** The registration id: {@code /oauth2/authorization/waishi-console}, {@code /login/oauth2/code/waishi-console}. */
    public static final String REGISTRATION_ID = "waishi-console";

    public boolean enabled() {
        return StringUtils.hasText(clientId);
    }

    /** All three endpoints given: no discovery request at start-up. */
    public boolean explicitEndpoints() {
        return authorizationUri != null && tokenUri != null && jwkSetUri != null;
    }

    /**
     * The session cookie (and the XSRF-TOKEN cookie, which follows the same {@code secure} and
     * {@code sameSite}). HttpOnly always.
     *
     * @param name cookie name
     * @param secure sent over HTTPS only; turn off only for a local stack on plain http
     * @param sameSite {@code Lax} (default) or {@code Strict}. With {@code Strict} the browser
     *        withholds the cookie on the provider's redirect back to the callback when the provider
     *        is on another site (registrable domain), and the sign-in fails: use it only when the
     *        provider and the gateway share a site
     */
    public record Cookie(@DefaultValue("WAISHI_SESSION") String name, @DefaultValue("true") boolean secure,
            @DefaultValue("Lax") String sameSite) {
    }
}
