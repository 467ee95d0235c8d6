package io.waishi.sistercity.relationship;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.sistercity.relationship.RelationshipEvents.RelationshipStageChanged;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The city's relationship with one partner city (友好关系), from the letter of intent to an active sister-city
 * agreement, and on to dormancy or its end. Every act checks, in order: the stage allows it (409), the actor
 * may do it (403), the rules allow it (422, every broken rule at once); then it moves the relationship on,
 * keeps the step in the history and records the stage change for partners.
 */
@Document("relationships")
public class Relationship extends AggregateRoot {

    /** Roles that read relationships; changing them is for the roles of each act. */
    public static final Role[] READERS = {Role.SISTER_CITY_OFFICER, Role.FAO_OFFICER, Role.FAO_DIRECTOR,
        Role.AUDITOR, Role.ADMIN};

    private final String partnerCityId;
    private RelationshipKind kind;
    private Set<CooperationField> cooperationFields;
    private final Signing intent;
    private Signing agreement;
    private RelationshipStage stage;
    private final String createdBy;
    private final Instant createdAt;
    private final List<StageChange> history;

    @PersistenceCreator
    Relationship(String id, Long version, String partnerCityId, RelationshipKind kind,
            Set<CooperationField> cooperationFields, Signing intent, Signing agreement, RelationshipStage stage,
            String createdBy, Instant createdAt, List<StageChange> history) {
        super(id, version);
        this.partnerCityId = partnerCityId;
        this.kind = kind;
        this.cooperationFields = fields(cooperationFields);
        this.intent = intent;
        this.agreement = agreement;
        this.stage = stage;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
    }

    private static Set<CooperationField> fields(Set<CooperationField> fields) {
        return fields == null || fields.isEmpty() ? EnumSet.noneOf(CooperationField.class) : EnumSet.copyOf(fields);
    }

    /**
     * A sister-city officer records a signed letter of intent with a partner: the relationship starts at
     * INTENT_SIGNED. The partner rules are checked for the kind sought (a letter of intent names none yet),
     * and the letter cannot be dated after today.
     */
    public static Relationship recordIntent(String id, Actor officer, Parties parties, RelationshipKind kind,
            Set<CooperationField> cooperationFields, Signing intent, LocalDate today, Instant now) {
        officer.require("record a letter of intent", Role.SISTER_CITY_OFFICER);
        if (kind == null || intent == null) {
            throw new IllegalArgumentException("A relationship needs its kind and its letter of intent");
        }
        List<RuleViolation> violations = new ArrayList<>(RelationshipRules.forPartner(kind, parties));
        violations.addAll(RelationshipRules.forSigningDates(intent, null, today));
        refuseIfAny(violations);
        Relationship relationship = new Relationship(id, null, parties.partner().id(), kind, cooperationFields,
                intent, null, RelationshipStage.INTENT_SIGNED, officer.userId(), now, null);
        relationship.history.add(new StageChange(null, RelationshipStage.INTENT_SIGNED, officer.userId(), now, null,
                null));
        relationship.record(new RelationshipStageChanged(id, relationship.partnerCityId, kind, null,
                RelationshipStage.INTENT_SIGNED, null, now));
        return relationship;
    }

    /**
     * A sister-city officer records a relationship that was established before the office kept it here
     * (补录): the signed agreement and the CPAFFC's approval reference are on paper, so it starts ACTIVE with
     * one history step carrying that reference. The partner rules are checked as for a new application, the
     * kind must be named, and the agreement cannot be dated after today or before its letter of intent.
     * It is announced as a stage change to ACTIVE without {@code fromStage}, which tells partners it was
     * recorded, not activated today.
     */
    public static Relationship recordEstablished(String id, Actor officer, Parties parties, RelationshipKind kind,
            Set<CooperationField> cooperationFields, Signing intent, Signing agreement, String nationalApproval,
            LocalDate today, Instant now) {
        officer.require("record an established relationship", Role.SISTER_CITY_OFFICER);
        if (kind == null || agreement == null) {
            throw new IllegalArgumentException("An established relationship needs its kind and its signed agreement");
        }
        requireReference(nationalApproval, "record an established relationship");
        List<RuleViolation> violations = new ArrayList<>(RelationshipRules.forApproval(kind, parties));
        violations.addAll(RelationshipRules.forSigningDates(intent, agreement, today));
        refuseIfAny(violations);
        Relationship relationship = new Relationship(id, null, parties.partner().id(), kind, cooperationFields,
                intent, agreement, RelationshipStage.ACTIVE, officer.userId(), now, null);
        String reference = nationalApproval.strip();
        relationship.history.add(new StageChange(null, RelationshipStage.ACTIVE, officer.userId(), now, reference,
                "Established before these records; agreement signed " + agreement.date()));
        relationship.record(new RelationshipStageChanged(id, relationship.partnerCityId, kind, null,
                RelationshipStage.ACTIVE, reference, now));
        return relationship;
    }

    /** The officer opens the period of exchanges that must come before an application. */
    public void startExchanges(Actor officer, String note, Instant now) {
        authorize(officer, RelationshipAct.START_EXCHANGES);
        moveTo(RelationshipStage.EXCHANGING, officer, now, null, note);
    }

    /**
     * The officer names the kind of relationship the office will apply for; the partner rules are checked for
     * it. The stage stays; the history keeps who named which kind, and when.
     */
    public void applyAs(Actor officer, RelationshipKind kind, Parties parties, Instant now) {
        authorize(officer, RelationshipAct.APPLY_AS);
        if (kind == null) {
            throw new IllegalArgumentException("Name the kind of relationship applied for");
        }
        refuseIfAny(RelationshipRules.forPartner(kind, parties));
        if (kind != this.kind) {
            history.add(new StageChange(stage, stage, officer.userId(), now, null,
                    "Applying as " + kind + " (was " + this.kind + ")"));
            this.kind = kind;
        }
    }

    /** The FAO director records the city government's approval of the office's application. */
    public void recordCityApproval(Actor director, Parties parties, String reference, String note, Instant now) {
        approve(director, RelationshipAct.RECORD_CITY_APPROVAL, RelationshipStage.CITY_APPROVED, parties, reference,
                note, now);
    }

    /** The FAO director records the provincial FAO's favourable review. */
    public void recordProvincialReview(Actor director, Parties parties, String reference, String note, Instant now) {
        approve(director, RelationshipAct.RECORD_PROVINCIAL_REVIEW, RelationshipStage.PROVINCE_REVIEWED, parties,
                reference, note, now);
    }

    /** The FAO director records the CPAFFC's (全国对外友协) final approval. */
    public void recordCpaffcApproval(Actor director, Parties parties, String reference, String note, Instant now) {
        approve(director, RelationshipAct.RECORD_CPAFFC_APPROVAL, RelationshipStage.CPAFFC_APPROVED, parties,
                reference, note, now);
    }

    private void approve(Actor director, RelationshipAct act, RelationshipStage next, Parties parties,
            String reference, String note, Instant now) {
        authorize(director, act);
        requireReference(reference, act.description());
        refuseIfAny(RelationshipRules.forApproval(kind, parties));
        moveTo(next, director, now, reference.strip(), note);
    }

    /**
     * The officer records the agreement as signed, only after the CPAFFC's approval, dated neither after
     * today nor before the letter of intent. The agreement may restate the cooperation fields; none given
     * keeps those of the intent.
     */
    public void signAgreement(Actor officer, Parties parties, Signing agreement, Set<CooperationField> fields,
            String reference, LocalDate today, Instant now) {
        authorize(officer, RelationshipAct.SIGN_AGREEMENT);
        if (agreement == null) {
            throw new IllegalArgumentException("The agreement needs its date, place and signatories");
        }
        List<RuleViolation> violations = new ArrayList<>(RelationshipRules.forAgreement(kind, stage, parties));
        violations.addAll(RelationshipRules.forSigningDates(intent, agreement, today));
        refuseIfAny(violations);
        this.agreement = agreement;
        if (fields != null && !fields.isEmpty()) {
            this.cooperationFields = fields(fields);
        }
        moveTo(RelationshipStage.AGREEMENT_SIGNED, officer, now, blankToNull(reference), null);
    }

    /** The officer puts the signed agreement into force. */
    public void activate(Actor officer, String note, Instant now) {
        authorize(officer, RelationshipAct.ACTIVATE);
        moveTo(RelationshipStage.ACTIVE, officer, now, null, note);
    }

    /** The officer marks an active relationship dormant: no exchanges for a long time. */
    public void markDormant(Actor officer, String note, Instant now) {
        authorize(officer, RelationshipAct.MARK_DORMANT);
        moveTo(RelationshipStage.DORMANT, officer, now, null, note);
    }

    /** Exchanges resume: the dormant relationship is active again. */
    public void revive(Actor officer, String note, Instant now) {
        authorize(officer, RelationshipAct.REVIVE);
        moveTo(RelationshipStage.ACTIVE, officer, now, null, note);
    }

    /** The relationship ends, with the reason on file; nothing can follow. */
    public void terminate(Actor actor, String reason, String reference, Instant now) {
        authorize(actor, RelationshipAct.TERMINATE);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Terminating a relationship needs the reason");
        }
        moveTo(RelationshipStage.TERMINATED, actor, now, blankToNull(reference), reason.strip());
    }

    /** The acts this actor may perform now. */
    public Set<RelationshipAct> actionsFor(Actor actor) {
        Set<RelationshipAct> actions = EnumSet.noneOf(RelationshipAct.class);
        for (RelationshipAct act : stage.allowedActs()) {
            if (actor.hasAny(act.roles())) {
                actions.add(act);
            }
        }
        return actions;
    }

    private void authorize(Actor actor, RelationshipAct act) {
        if (!stage.allows(act)) {
            throw new ActNotAllowedInStateException(act.description(), stage.name());
        }
        actor.require(act.description(), act.roles());
    }

    private static void requireReference(String reference, String act) {
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("To " + act + ", cite the approval's reference");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void refuseIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private void moveTo(RelationshipStage next, Actor actor, Instant now, String reference, String note) {
        history.add(new StageChange(stage, next, actor.userId(), now, reference, blankToNull(note)));
        record(new RelationshipStageChanged(id(), partnerCityId, kind, stage, next, reference, now));
        stage = next;
    }

    public String partnerCityId() {
        return partnerCityId;
    }

    public RelationshipKind kind() {
        return kind;
    }

    public Set<CooperationField> cooperationFields() {
        return cooperationFields.isEmpty() ? Set.of() : EnumSet.copyOf(cooperationFields);
    }

    public Signing intent() {
        return intent;
    }

    public Signing agreement() {
        return agreement;
    }

    public RelationshipStage stage() {
        return stage;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<StageChange> history() {
        return List.copyOf(history);
    }
}
