package io.waishi.sistercity.relationship;

import io.waishi.platform.domain.Role;

/**
 * The business acts on a relationship, as the office names them, with the roles that may perform each.
 * The sister-city officer drives the relationship; the FAO director records the three approvals the
 * office obtains — the city government's, the provincial FAO's review and the CPAFFC's — because the
 * director signs the office's applications and receives the answers. The director may also terminate.
 */
public enum RelationshipAct {
    START_EXCHANGES("start the period of exchanges", Role.SISTER_CITY_OFFICER),
    APPLY_AS("name the kind of relationship applied for", Role.SISTER_CITY_OFFICER),
    RECORD_CITY_APPROVAL("record the city government's approval", Role.FAO_DIRECTOR),
    RECORD_PROVINCIAL_REVIEW("record the provincial FAO's review", Role.FAO_DIRECTOR),
    RECORD_CPAFFC_APPROVAL("record the CPAFFC's approval", Role.FAO_DIRECTOR),
    SIGN_AGREEMENT("record the signed agreement", Role.SISTER_CITY_OFFICER),
    ACTIVATE("put the relationship into force", Role.SISTER_CITY_OFFICER),
    MARK_DORMANT("mark the relationship dormant", Role.SISTER_CITY_OFFICER),
    REVIVE("revive the dormant relationship", Role.SISTER_CITY_OFFICER),
    TERMINATE("terminate the relationship", Role.SISTER_CITY_OFFICER, Role.FAO_DIRECTOR);

    private final String description;
    private final Role[] roles;

    RelationshipAct(String description, Role... roles) {
        this.description = description;
        this.roles = roles;
    }

    public String description() {
        return description;
    }

    public Role[] roles() {
        return roles.clone();
    }
}
