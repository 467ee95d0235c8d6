package io.waishi.travel.plan;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of an annual plan and the acts each allows — the one place the plan's state table lives. A
 * returned plan is a draft again; an approved plan never changes (an unplanned trip replaces a planned one by
 * the delegation rules, not by editing the plan).
 */
public enum PlanStatus {

    DRAFT(EnumSet.of(PlanAct.ADD_ITEM, PlanAct.CHANGE_ITEM, PlanAct.REMOVE_ITEM, PlanAct.REVISE_ITEMS,
            PlanAct.SUBMIT)),
    SUBMITTED(EnumSet.of(PlanAct.APPROVE, PlanAct.RETURN)),
    APPROVED(EnumSet.noneOf(PlanAct.class));

    private final Set<PlanAct> allowedActs;

    PlanStatus(Set<PlanAct> allowedActs) {
        this.allowedActs = allowedActs;
    }

    public boolean allows(PlanAct act) {
        return allowedActs.contains(act);
    }
}
