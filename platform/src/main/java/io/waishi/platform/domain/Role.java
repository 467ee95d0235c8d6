package io.waishi.platform.domain;

import java.util.Optional;

/** The roles of DESIGN.md §7, carried in the token's {@code roles} claim. */
public enum Role {
    UNIT_CLERK,
    UNIT_SIGNATORY,
    FAO_OFFICER,
    FAO_DIRECTOR,
    SISTER_CITY_OFFICER,
    RECEPTION_OFFICER,
    PUBLICITY_EDITOR,
    PUBLICITY_SECTION_HEAD,
    PUBLICITY_LEADER,
    ADMIN,
    AUDITOR;

    /** The role named {@code name}, or empty for a name this version does not know. */
    public static Optional<Role> parse(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
