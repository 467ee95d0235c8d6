package io.waishi.travel.delegation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a delegation file and the acts each allows — the one place the workflow's state table
 * lives. The full approval chain (unit signatory, FAO officer review, public notice, trip and report)
 * extends this table.
 */
public enum DelegationStatus {

    DRAFT(EnumSet.of(DelegationAct.REVISE, DelegationAct.WAIVE, DelegationAct.SUBMIT)),
    SUBMITTED(EnumSet.of(DelegationAct.APPROVE)),
    APPROVED(EnumSet.noneOf(DelegationAct.class));

    private final Set<DelegationAct> allowedActs;

    DelegationStatus(Set<DelegationAct> allowedActs) {
        this.allowedActs = allowedActs;
    }

    public boolean allows(DelegationAct act) {
        return allowedActs.contains(act);
    }
}
