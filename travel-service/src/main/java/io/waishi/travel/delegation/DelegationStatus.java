package io.waishi.travel.delegation;

import static io.waishi.travel.delegation.DelegationAct.ACCEPT;
import static io.waishi.travel.delegation.DelegationAct.APPROVE;
import static io.waishi.travel.delegation.DelegationAct.CANCEL;
import static io.waishi.travel.delegation.DelegationAct.CLOSE;
import static io.waishi.travel.delegation.DelegationAct.DEPART;
import static io.waishi.travel.delegation.DelegationAct.ISSUE_PASSPORTS;
import static io.waishi.travel.delegation.DelegationAct.PUBLISH_RESULTS;
import static io.waishi.travel.delegation.DelegationAct.RECORD_OBJECTION;
import static io.waishi.travel.delegation.DelegationAct.RECORD_RETURN;
import static io.waishi.travel.delegation.DelegationAct.REJECT;
import static io.waishi.travel.delegation.DelegationAct.RESOLVE_OBJECTION;
import static io.waishi.travel.delegation.DelegationAct.RESUBMIT;
import static io.waishi.travel.delegation.DelegationAct.RETURN_FOR_CORRECTION;
import static io.waishi.travel.delegation.DelegationAct.RETURN_PASSPORTS;
import static io.waishi.travel.delegation.DelegationAct.REVISE;
import static io.waishi.travel.delegation.DelegationAct.SIGN;
import static io.waishi.travel.delegation.DelegationAct.SUBMIT;
import static io.waishi.travel.delegation.DelegationAct.SUBMIT_REPORT;
import static io.waishi.travel.delegation.DelegationAct.WAIVE;
import static io.waishi.travel.delegation.DelegationAct.WITHDRAW;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The states of a delegation file and the acts each allows — the one place the workflow's state table
 * lives (RULES.md §1): draft → submitted → signed by the unit (pre-trip notice running, at the office) →
 * accepted by the officer (or returned once for correction) → approved or rejected by the director →
 * passports issued → departed → back home → passports back → report submitted → results published →
 * closed; withdrawn before approval, cancelled after it.
 */
public enum DelegationStatus {

    DRAFT(SUBMIT, REVISE, WAIVE, WITHDRAW),
    SUBMITTED(SIGN, WITHDRAW),
    SIGNED(ACCEPT, RETURN_FOR_CORRECTION, RECORD_OBJECTION, RESOLVE_OBJECTION, WAIVE, APPROVE, REJECT, WITHDRAW),
    CORRECTION_REQUESTED(RESUBMIT, REVISE, RECORD_OBJECTION, RESOLVE_OBJECTION, REJECT, WITHDRAW),
    ACCEPTED(APPROVE, RECORD_OBJECTION, RESOLVE_OBJECTION, WAIVE, REJECT, WITHDRAW),
    APPROVED(ISSUE_PASSPORTS, CANCEL),
    REJECTED,
    WITHDRAWN,
    PASSPORTS_ISSUED(DEPART, CANCEL),
    DEPARTED(RECORD_RETURN),
    BACK_HOME(RETURN_PASSPORTS),
    PASSPORTS_BACK(SUBMIT_REPORT),
    REPORTED(PUBLISH_RESULTS),
    RESULTS_PUBLISHED(CLOSE),
    CLOSED,
    CANCELLED;

    private final EnumSet<DelegationAct> allowedActs;
    private final DelegationAct nextStep;

    /** The first act listed is the next step on the main line; the others are side acts. */
    DelegationStatus(DelegationAct... allowedActs) {
        this.allowedActs = allowedActs.length == 0 ? EnumSet.noneOf(DelegationAct.class) : EnumSet.of(allowedActs[0], allowedActs);
        this.nextStep = allowedActs.length == 0 ? null : allowedActs[0];
    }

    /** The act that moves the file on along the main line, whose performers have it in their work queue. */
    public Optional<DelegationAct> nextStep() {
        return Optional.ofNullable(nextStep);
    }

    public boolean allows(DelegationAct act) {
        return allowedActs.contains(act);
    }

    /** The acts this state allows, for clients that show only the buttons that can work. */
    public Set<DelegationAct> allowedActs() {
        return EnumSet.copyOf(allowedActs);
    }

    /** Files that still count against the unit's quota and plan: everything but the dead ends. */
    public boolean isLive() {
        return this != REJECTED && this != WITHDRAWN && this != CANCELLED;
    }

    /** Files on the office's desk, before a decision. */
    public boolean awaitsDecision() {
        return this == SUBMITTED || this == SIGNED || this == CORRECTION_REQUESTED || this == ACCEPTED;
    }

    /** Approved trips that have not ended: those a country's raised safety alert concerns. */
    public boolean isTripInProgress() {
        return this == APPROVED || this == PASSPORTS_ISSUED || this == DEPARTED;
    }
}
