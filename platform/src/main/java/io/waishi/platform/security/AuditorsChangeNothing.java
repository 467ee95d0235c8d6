package io.waishi.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * DESIGN §7: an AUDITOR reads everything and changes nothing. Checked for every request that could change
 * something, before any endpoint's own rules, so no endpoint can forget it; a token that holds AUDITOR beside
 * another role is an auditor's token (separation of duties).
 */
public final class AuditorsChangeNothing {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String AUDITOR = "ROLE_AUDITOR";

    private AuditorsChangeNothing() {
    }

    /** Whether the request could change something: any method but GET, HEAD and OPTIONS. */
    public static boolean isChange(HttpServletRequest request) {
        return !READS.contains(request.getMethod());
    }

    /**
     * Lets a signed-in caller who is not an auditor change things, holding {@code role} when one is named
     * (without the {@code ROLE_} prefix).
     */
    public static AuthorizationManager<RequestAuthorizationContext> and(String role) {
        return (authentication, context) -> new AuthorizationDecision(allows(authentication.get(), role));
    }

    static boolean allows(Authentication authentication, String role) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return false;
        }
        boolean auditor = authentication.getAuthorities().stream().anyMatch(a -> AUDITOR.equals(a.getAuthority()));
        boolean holdsRole = role == null
                || authentication.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
        return !auditor && holdsRole;
    }
}
