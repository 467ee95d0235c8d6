package io.waishi.platform.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who performs a business act, as the domain sees it: built from the verified token at the edge, judged
 * by the aggregate. Endpoint-level role checks are only a coarse first gate.
 *
 * @param userId the token's subject
 * @param roles  the roles the token grants
 * @param unit   the unit (bureau, enterprise, university) the user belongs to, when the token names one
 */
public record Actor(String userId, Set<Role> roles, Optional<String> unit) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("An actor needs a user id");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        unit = unit == null ? Optional.empty() : unit.filter(u -> !u.isBlank());
    }

    public static Actor of(String userId, String unit, Role... roles) {
        return new Actor(userId, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), Optional.ofNullable(unit));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        for (Role candidate : candidates) {
            if (roles.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Refuses the act unless the actor holds one of {@code allowed}. */
    public void require(String act, Role... allowed) {
        if (!hasAny(allowed)) {
            throw new ActNotPermittedException(act, "requires one of the roles " + Set.of(allowed));
        }
    }

    public String requireUnit(String act) {
        return unit.orElseThrow(() -> new ActNotPermittedException(act, "requires a unit claim in the token"));
    }
}
