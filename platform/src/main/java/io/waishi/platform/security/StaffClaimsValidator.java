package io.waishi.platform.security;

import io.waishi.platform.domain.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The claims the services judge acts by, checked before a token is accepted: a missing or wrong claim makes the
 * token invalid (401), it is never read as "no roles" or "no unit". A staff token names its subject and carries a
 * {@code roles} array of known roles, with a {@code unit} when a role works for one unit; a partner system's
 * token (client credentials) carries scopes instead.
 */
public class StaffClaimsValidator implements OAuth2TokenValidator<Jwt> {

    /** Unit codes as the office issues them, e.g. {@code U-EDU}. */
    static final Pattern UNIT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    static final int MAX_SUBJECT = 200;
    private static final Set<Role> UNIT_ROLES = Set.of(Role.UNIT_CLERK, Role.UNIT_SIGNATORY);

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        List<String> problems = new ArrayList<>();
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT) {
            problems.add("the token names no subject");
        }
        Object roles = jwt.getClaims().get(RolesClaimConverter.ROLES_CLAIM);
        Object unit = jwt.getClaims().get(RolesClaimConverter.UNIT_CLAIM);
        boolean hasScopes = jwt.hasClaim("scope") || jwt.hasClaim("scp");
        if (roles == null && !hasScopes) {
            problems.add("the token carries neither roles nor scopes");
        }
        boolean unitRole = false;
        if (roles != null) {
            if (!(roles instanceof Collection<?> names)) {
                problems.add("the roles claim is not a list");
            } else {
                for (Object name : names) {
                    Role role = name instanceof String text ? Role.parse(text).orElse(null) : null;
                    if (role == null) {
                        problems.add("the roles claim names an unknown role");
                    } else if (UNIT_ROLES.contains(role)) {
                        unitRole = true;
                    }
                }
            }
        }
        if (unit != null && !(unit instanceof String code && UNIT.matcher(code).matches())) {
            problems.add("the unit claim is not a unit code");
        } else if (unit == null && unitRole) {
            problems.add("a unit role needs the unit claim");
        }
        if (problems.isEmpty()) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(problems.stream().distinct()
                .map(problem -> new OAuth2Error("invalid_token", "Refused: " + problem, null)).toList());
    }
}
