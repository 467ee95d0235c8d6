package io.waishi.identity.authorization;

import io.waishi.identity.account.Account;
import io.waishi.identity.account.Accounts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The claims the services read (DESIGN.md §7): {@code roles} and, for a person with a unit, {@code unit};
 * access tokens are for the configured audience. A person's roles and unit are read from the account each
 * time a token is made, so a refresh picks up a change, and a disabled or deleted account gets no new token.
 * A client's tokens carry the roles configured for it and no unit.
 *
 * <p>Claim values are mutable JDK collections: the claims are kept in the stored authorization, whose JSON
 * only admits types Spring Security's Jackson modules allow ({@code List.of()} is not among them).
 */
public class WaishiClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    public static final String ROLES = "roles";
    public static final String UNIT = "unit";
    /** The ClientSettings entry holding a client's roles. */
    public static final String CLIENT_ROLES_SETTING = "settings.client.waishi.roles";

    private final Accounts accounts;
    private final String audience;

    public WaishiClaims(Accounts accounts, String audience) {
        this.accounts = accounts;
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            context.getClaims().claim(ROLES, new ArrayList<>(clientRoles(context.getRegisteredClient())));
        } else {
            Account account = accounts.findById(context.getPrincipal().getName())
                    .filter(Account::enabled)
                    .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                            "The account is disabled or no longer exists", null)));
            context.getClaims().claim(ROLES, account.roles().stream().map(Enum::name).sorted()
                    .collect(Collectors.toCollection(ArrayList::new)));
            account.unit().ifPresent(unit -> context.getClaims().claim(UNIT, unit));
            context.getClaims().claim("preferred_username", account.username());
        }
        if (accessToken) {
            context.getClaims().audience(new ArrayList<>(List.of(audience)));
        }
    }

    static List<String> clientRoles(RegisteredClient client) {
        List<String> roles = client.getClientSettings().getSetting(CLIENT_ROLES_SETTING);
        return roles == null ? List.of() : roles;
    }
}
