package io.waishi.travel.passport;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a passport is: kept by the office (集中保管), lent to a traveller for a trip, or cancelled. The one
 * place the register's state table lives.
 */
public enum CustodyState {

    IN_CUSTODY(EnumSet.of(PassportAct.LEND, PassportAct.CANCEL)),
    ON_LOAN(EnumSet.of(PassportAct.RETURN, PassportAct.RECALL, PassportAct.ALERT_OVERDUE)),
    CANCELLED(EnumSet.noneOf(PassportAct.class));

    private final Set<PassportAct> allowedActs;

    CustodyState(Set<PassportAct> allowedActs) {
        this.allowedActs = allowedActs;
    }

    public boolean allows(PassportAct act) {
        return allowedActs.contains(act);
    }
}
