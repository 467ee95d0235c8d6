package io.waishi.reception.guest;

import io.waishi.platform.domain.Role;

/** What can be done to a guest list, and who may do it. */
public enum GuestAct {
    ADD_GUEST("add a guest", Role.RECEPTION_OFFICER),
    REVISE_GUEST("revise a guest", Role.RECEPTION_OFFICER),
    REMOVE_GUEST("remove a guest", Role.RECEPTION_OFFICER);

    private final String description;
    private final Role[] roles;

    GuestAct(String description, Role... roles) {
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
