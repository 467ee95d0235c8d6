package io.waishi.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * Authorities of a token: each entry of the {@code roles} claim as {@code ROLE_<name>}, plus
 * {@code scope}/{@code scp} entries as {@code SCOPE_<name>} (partner systems with client credentials).
 */
final class JwtAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

    static final String ROLES_CLAIM = "roles";

    private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>(scopes.convert(jwt));
        authorities.addAll(roles(jwt.hasClaim(ROLES_CLAIM) ? jwt.getClaimAsStringList(ROLES_CLAIM) : null));
        return authorities;
    }

    /** {@code ROLE_<name>} for each non-blank role; none for a missing claim. */
    static List<GrantedAuthority> roles(List<String> roles) {
        if (roles == null) {
            return List.of();
        }
        return roles.stream()
                .filter(role -> role != null && !role.isBlank())
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }
}
