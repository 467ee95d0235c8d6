package io.waishi.travel.delegation;

import io.waishi.platform.domain.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * The business acts on a delegation file, as the office names them, with the roles that may perform each.
 * Unit roles act only on their own unit's files; office roles act on every unit's.
 */
public enum DelegationAct {
    REVISE("revise the plan", Role.UNIT_CLERK),
    WAIVE("waive a travel rule for the delegation", Role.FAO_DIRECTOR),
    SUBMIT("submit the delegation to the unit's signatory", Role.UNIT_CLERK),
    SIGN("sign the delegation for the unit and post the pre-trip notice", Role.UNIT_SIGNATORY),
    RECORD_OBJECTION("record an objection to the pre-trip notice", Role.UNIT_CLERK, Role.UNIT_SIGNATORY,
            Role.FAO_OFFICER),
    RESOLVE_OBJECTION("resolve an objection to the pre-trip notice", Role.UNIT_SIGNATORY, Role.FAO_OFFICER),
    ACCEPT("accept the file after review", Role.FAO_OFFICER),
    RETURN_FOR_CORRECTION("return the file for correction", Role.FAO_OFFICER),
    RESUBMIT("resubmit the corrected file", Role.UNIT_CLERK),
    APPROVE("approve the delegation", Role.FAO_DIRECTOR),
    REJECT("reject the delegation", Role.FAO_DIRECTOR),
    WITHDRAW("withdraw the delegation", Role.UNIT_CLERK, Role.UNIT_SIGNATORY),
    ISSUE_PASSPORTS("issue the official passports for the trip", Role.FAO_OFFICER),
    CANCEL("cancel the approved trip", Role.UNIT_CLERK, Role.UNIT_SIGNATORY, Role.FAO_DIRECTOR),
    DEPART("record the departure", Role.UNIT_CLERK),
    RECORD_RETURN("record the return", Role.UNIT_CLERK),
    RETURN_PASSPORTS("take the passports back into custody", Role.FAO_OFFICER),
    SUBMIT_REPORT("submit the trip report", Role.UNIT_CLERK, Role.UNIT_SIGNATORY),
    PUBLISH_RESULTS("publish the post-trip notice", Role.UNIT_CLERK, Role.UNIT_SIGNATORY),
    CLOSE("close the file", Role.FAO_OFFICER);

    private static final Set<Role> UNIT_ROLES = EnumSet.of(Role.UNIT_CLERK, Role.UNIT_SIGNATORY);

    private final String description;
    private final Role[] roles;

    DelegationAct(String description, Role... roles) {
        this.description = description;
        this.roles = roles;
    }

    public String description() {
        return description;
    }

    public Role[] roles() {
        return roles.clone();
    }

    /** The office roles (not bound to a unit) among those that may perform this act. */
    public Role[] officeRoles() {
        return java.util.Arrays.stream(roles).filter(role -> !UNIT_ROLES.contains(role)).toArray(Role[]::new);
    }
}
