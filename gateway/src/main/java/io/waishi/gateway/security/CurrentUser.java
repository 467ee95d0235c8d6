package io.waishi.gateway.security;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /api/me}: who is signed in, for the web console: subject, display name, roles and unit
 * from the token's claims ({@code roles}, {@code unit}) — the ID token for a browser session, the
 * access token for a bearer call. Reached only authenticated (the security chains answer 401 first).
 *
 * @param subject the {@code sub} claim
 * @param name {@code name}, else {@code preferred_username}, else the subject
 * @param roles the {@code roles} claim (empty when missing)
 * @param unit the {@code unit} claim, or null when the user has none
 * @param session {@code true} for a browser session, {@code false} for a bearer token
 */
record CurrentUser(String subject, String name, List<String> roles, String unit, boolean session) {

    static final String PATH = "/api/me";

    static RouterFunction<ServerResponse> endpoint() {
        return RouterFunctions.route()
                .GET(PATH, request -> request.principal()
                        .flatMap(principal -> Optional.ofNullable(of(principal))
                                .map(me -> ServerResponse.ok().bodyValue(me))
                                .orElseGet(() -> ServerResponse.status(401).build())))
                .build();
    }

    static CurrentUser of(Principal principal) {
        if (principal instanceof OAuth2AuthenticationToken session
                && session.getPrincipal() instanceof ClaimAccessor claims) {
            return of(claims, true);
        }
        if (principal instanceof JwtAuthenticationToken bearer) {
            return of(bearer.getToken(), false);
        }
        return null;
    }

    private static CurrentUser of(ClaimAccessor claims, boolean session) {
        String subject = claims.getClaimAsString("sub");
        String name = firstText(claims.getClaimAsString("name"), claims.getClaimAsString("preferred_username"), subject);
        List<String> roles = claims.hasClaim(JwtAuthorities.ROLES_CLAIM)
                ? claims.getClaimAsStringList(JwtAuthorities.ROLES_CLAIM) : List.of();
        return new CurrentUser(subject, name, roles == null ? List.of() : List.copyOf(roles),
                claims.getClaimAsString("unit"), session);
    }

    private static String firstText(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
