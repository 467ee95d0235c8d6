package io.waishi.sistercity.activity;

import io.waishi.platform.domain.Role;

/** What an officer can do to a recorded exchange activity, and who may do it. */
public enum ActivityAct {
    AMEND("amend an exchange activity", Role.SISTER_CITY_OFFICER),
    HOLD("mark an exchange activity held", Role.SISTER_CITY_OFFICER),
    CANCEL("cancel an exchange activity", Role.SISTER_CITY_OFFICER);

    private final String description;
    private final Role[] roles;

    ActivityAct(String description, Role... roles) {
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
