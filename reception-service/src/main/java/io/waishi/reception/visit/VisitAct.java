package io.waishi.reception.visit;

import io.waishi.platform.domain.Role;

/**
 * The business acts on a visit, as the office names them, with the roles that may perform each. Reception
 * officers carry the file; the FAO director approves hosting the guests and the reception plan (the
 * office's leader for receptions). {@link #REQUEST} opens the file, so no state allows it.
 */
public enum VisitAct {
    REQUEST("request a visit", Role.RECEPTION_OFFICER, Role.FAO_OFFICER),
    APPROVE_INVITATION("approve hosting the visit", Role.FAO_DIRECTOR),
    SEND_INVITATION("record the invitation as sent", Role.RECEPTION_OFFICER),
    ISSUE_VISA_LETTERS("record the visa invitation letters as issued", Role.RECEPTION_OFFICER),
    DRAFT_PLAN("submit the reception plan for approval", Role.RECEPTION_OFFICER),
    APPROVE_PLAN("approve the reception plan", Role.FAO_DIRECTOR),
    START("record the guests' arrival", Role.RECEPTION_OFFICER),
    COMPLETE("complete the visit with its summary", Role.RECEPTION_OFFICER),
    ARCHIVE("archive the visit", Role.RECEPTION_OFFICER),
    CANCEL("cancel the visit", Role.RECEPTION_OFFICER, Role.FAO_DIRECTOR);

    private final String description;
    private final Role[] roles;

    VisitAct(String description, Role... roles) {
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
