package io.waishi.reception.visit;

import static io.waishi.reception.visit.VisitAct.APPROVE_INVITATION;
import static io.waishi.reception.visit.VisitAct.APPROVE_PLAN;
import static io.waishi.reception.visit.VisitAct.ARCHIVE;
import static io.waishi.reception.visit.VisitAct.CANCEL;
import static io.waishi.reception.visit.VisitAct.COMPLETE;
import static io.waishi.reception.visit.VisitAct.DRAFT_PLAN;
import static io.waishi.reception.visit.VisitAct.ISSUE_VISA_LETTERS;
import static io.waishi.reception.visit.VisitAct.SEND_INVITATION;
import static io.waishi.reception.visit.VisitAct.START;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a visit and the acts each allows — the one place the workflow's state table lives:
 * requested → invitation approved (FAO director) → invited → visa letters issued → plan drafted → plan
 * approved → in progress → completed (summary written) → archived; cancelled from any open state. Guests who
 * need no visa letter go from invited straight to the plan; a plan revised after its approval is drafted
 * again and needs a new approval.
 */
public enum VisitStatus {

    REQUESTED(APPROVE_INVITATION, CANCEL),
    INVITATION_APPROVED(SEND_INVITATION, CANCEL),
    INVITED(ISSUE_VISA_LETTERS, DRAFT_PLAN, CANCEL),
    VISA_LETTERS_ISSUED(DRAFT_PLAN, CANCEL),
    PLAN_DRAFTED(APPROVE_PLAN, DRAFT_PLAN, CANCEL),
    PLAN_APPROVED(START, DRAFT_PLAN, CANCEL),
    IN_PROGRESS(COMPLETE, CANCEL),
    COMPLETED(ARCHIVE),
    ARCHIVED,
    CANCELLED;

    private final Set<VisitAct> allowedActs;
    private final VisitAct nextStep;

    /** The first act listed is the next step on the main line; the others are side acts. */
    VisitStatus(VisitAct... allowedActs) {
        this.allowedActs = allowedActs.length == 0 ? EnumSet.noneOf(VisitAct.class)
                : EnumSet.of(allowedActs[0], allowedActs);
        this.nextStep = allowedActs.length == 0 ? null : allowedActs[0];
    }

    /** The state a newly requested visit is in. */
    public static VisitStatus initial() {
        return REQUESTED;
    }

    public boolean allows(VisitAct act) {
        return allowedActs.contains(act);
    }

    /** The acts this state allows, for clients that show only the buttons that can work. */
    public Set<VisitAct> allowedActs() {
        return allowedActs.isEmpty() ? EnumSet.noneOf(VisitAct.class) : EnumSet.copyOf(allowedActs);
    }

    /** The act that moves the visit on along the main line, if any. */
    public VisitAct nextStep() {
        return nextStep;
    }

    /**
     * Whether the FAO has approved hosting the visit and it still stands: invitations, visa letters,
     * commitments to the guests and bookings are allowed only then (RULES.md §3: no invitation or commitment
     * before approval).
     */
    public boolean approved() {
        return this != REQUESTED && this != CANCELLED;
    }

    /** Whether the visit is still being prepared or held: its plan, bookings and hospitality may change. */
    public boolean open() {
        return this != COMPLETED && this != ARCHIVED && this != CANCELLED;
    }
}
