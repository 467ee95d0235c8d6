package io.waishi.reception.visit;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a visit and the acts each allows — the one place the workflow's state table lives. A
 * visit starts {@link #REQUESTED}; the approval workflow (invitation approved, reception plan approved,
 * hosted, summarised) extends this table.
 */
public enum VisitStatus {

    REQUESTED(EnumSet.noneOf(VisitAct.class));

    private final Set<VisitAct> allowedActs;

    VisitStatus(Set<VisitAct> allowedActs) {
        this.allowedActs = allowedActs;
    }

    /** The state a newly requested visit is in. */
    public static VisitStatus initial() {
        return REQUESTED;
    }

    public boolean allows(VisitAct act) {
        return allowedActs.contains(act);
    }
}
