package io.waishi.sistercity.relationship;

import static io.waishi.sistercity.relationship.RelationshipAct.ACTIVATE;
import static io.waishi.sistercity.relationship.RelationshipAct.APPLY_AS;
import static io.waishi.sistercity.relationship.RelationshipAct.MARK_DORMANT;
import static io.waishi.sistercity.relationship.RelationshipAct.RECORD_CITY_APPROVAL;
import static io.waishi.sistercity.relationship.RelationshipAct.RECORD_CPAFFC_APPROVAL;
import static io.waishi.sistercity.relationship.RelationshipAct.RECORD_PROVINCIAL_REVIEW;
import static io.waishi.sistercity.relationship.RelationshipAct.REVIVE;
import static io.waishi.sistercity.relationship.RelationshipAct.SIGN_AGREEMENT;
import static io.waishi.sistercity.relationship.RelationshipAct.START_EXCHANGES;
import static io.waishi.sistercity.relationship.RelationshipAct.TERMINATE;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The stages of a relationship and the acts each allows — the one place its state table lives (RULES.md
 * §2): letter of intent signed → exchanging → city government approved → provincial FAO reviewed → CPAFFC
 * approved → agreement signed → active → dormant (and back) or terminated.
 *
 * <p>Signing the agreement is allowed by the table from the intent on, so that signing too early is
 * refused by the rule NATIONAL_APPROVAL_REQUIRED (422, naming the stage reached) together with the other
 * rules, rather than by a bare 409; it is the main-line next step only once the CPAFFC has approved.
 */
public enum RelationshipStage {

    INTENT_SIGNED(START_EXCHANGES, APPLY_AS, SIGN_AGREEMENT, TERMINATE),
    EXCHANGING(RECORD_CITY_APPROVAL, APPLY_AS, SIGN_AGREEMENT, TERMINATE),
    CITY_APPROVED(RECORD_PROVINCIAL_REVIEW, SIGN_AGREEMENT, TERMINATE),
    PROVINCE_REVIEWED(RECORD_CPAFFC_APPROVAL, SIGN_AGREEMENT, TERMINATE),
    CPAFFC_APPROVED(SIGN_AGREEMENT, TERMINATE),
    AGREEMENT_SIGNED(ACTIVATE, TERMINATE),
    ACTIVE(MARK_DORMANT, TERMINATE),
    DORMANT(REVIVE, TERMINATE),
    TERMINATED;

    private final EnumSet<RelationshipAct> allowedActs;
    private final RelationshipAct nextStep;

    /** The first act listed is the next step on the main line; the others are side acts. */
    RelationshipStage(RelationshipAct... allowedActs) {
        this.allowedActs = allowedActs.length == 0 ? EnumSet.noneOf(RelationshipAct.class)
                : EnumSet.of(allowedActs[0], allowedActs);
        this.nextStep = allowedActs.length == 0 ? null : allowedActs[0];
    }

    /** The act that moves the relationship on along the main line. */
    public Optional<RelationshipAct> nextStep() {
        return Optional.ofNullable(nextStep);
    }

    public boolean allows(RelationshipAct act) {
        return allowedActs.contains(act);
    }

    /** The acts this stage allows, for clients that show only the buttons that can work. */
    public Set<RelationshipAct> allowedActs() {
        return allowedActs.isEmpty() ? EnumSet.noneOf(RelationshipAct.class) : EnumSet.copyOf(allowedActs);
    }

    /** Whether the CPAFFC has given its approval by this stage. */
    public boolean nationallyApproved() {
        return this == CPAFFC_APPROVED || this == AGREEMENT_SIGNED || this == ACTIVE || this == DORMANT;
    }
}
