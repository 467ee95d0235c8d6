package io.waishi.sistercity.project;

import io.waishi.platform.domain.Role;

/**
 * The business acts on a cooperation project, as the office names them, with the roles that may perform
 * each. The sister-city officer runs the projects; the others read them.
 */
public enum ProjectAct {
    START_NEGOTIATING("start negotiating the project", Role.SISTER_CITY_OFFICER),
    AGREE("record the project as agreed", Role.SISTER_CITY_OFFICER),
    START_IMPLEMENTING("start implementing the project", Role.SISTER_CITY_OFFICER),
    COMPLETE("record the project as completed", Role.SISTER_CITY_OFFICER),
    STALL("mark the project stalled", Role.SISTER_CITY_OFFICER),
    RESUME("resume the stalled project", Role.SISTER_CITY_OFFICER),
    ADD_MILESTONE("add a milestone", Role.SISTER_CITY_OFFICER),
    EDIT_MILESTONE("edit a milestone", Role.SISTER_CITY_OFFICER),
    DROP_MILESTONE("drop a milestone", Role.SISTER_CITY_OFFICER),
    REACH_MILESTONE("record a milestone as reached", Role.SISTER_CITY_OFFICER),
    RECORD_FIGURE("record an outcome figure", Role.SISTER_CITY_OFFICER);

    private final String description;
    private final Role[] roles;

    ProjectAct(String description, Role... roles) {
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
