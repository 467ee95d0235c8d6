package io.waishi.reception.visit;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.reception.policy.ReceptionPolicy;
import io.waishi.reception.visit.VisitEvents.VisitApproved;
import io.waishi.reception.visit.VisitEvents.VisitCancelled;
import io.waishi.reception.visit.VisitEvents.VisitCompleted;
import io.waishi.reception.visit.VisitEvents.VisitRequested;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A foreign guest visit (来访团组): a department asks the office to host a delegation from abroad, and the
 * office takes it from request to approval and hosting. Every act checks, in order: the state allows it,
 * the actor may do it, then changes state and records the event.
 */
@Document("visits")
public class Visit extends AggregateRoot {

    /** Roles that see visit files; everyone else is refused, not shown an empty office. */
    private static final Role[] READERS = {Role.RECEPTION_OFFICER, Role.FAO_OFFICER, Role.FAO_DIRECTOR,
        Role.AUDITOR, Role.ADMIN};

    private final VisitDetails details;
    private VisitStatus status;
    private final String requestedBy;
    private final Instant requestedAt;
    private final List<StatusChange> history;
    private LocalizedText summary;

    @PersistenceCreator
    Visit(String id, Long version, VisitDetails details, VisitStatus status, String requestedBy, Instant requestedAt,
            List<StatusChange> history, LocalizedText summary) {
        super(id, version);
        this.details = details;
        this.status = status;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
        this.summary = summary;
    }

    /** A reception (or FAO) officer opens a visit file on behalf of the inviting department. */
    public static Visit request(String id, Actor actor, VisitDetails details, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        actor.require(VisitAct.REQUEST.description(), VisitAct.REQUEST.roles());
        VisitStatus initial = VisitStatus.initial();
        Visit visit = new Visit(id, null, details, initial, actor.userId(), now,
                List.of(new StatusChange(null, initial, actor.userId(), now, null)), null);
        visit.record(new VisitRequested(id, details.title(), details.invitingDepartment(), details.partnerCityId(),
                details.arrivalDate(), details.departureDate(), details.guestCount(), now));
        return visit;
    }

    /**
     * The FAO director approves hosting the guests. Rule (RULES.md §3, S19): a hosted visit (full or partial
     * hosting) lasts at most {@code hostedDaysWithoutReciprocity} days, arrival and departure included, unless
     * a reciprocity agreement covers it; self-paid guests are not hosted, so the limit does not apply.
     */
    public void approveInvitation(Actor director, ReceptionPolicy policy, Instant now) {
        authorize(director, VisitAct.APPROVE_INVITATION);
        refuseIfAny(VisitRules.forApproval(details, policy));
        moveTo(VisitStatus.INVITATION_APPROVED, director, now, null);
        record(new VisitApproved(id(), details.title(), details.invitingDepartment(), details.partnerCityId(),
                sorted(details.countries()), details.arrivalDate(), details.departureDate(), details.guestCount(), now));
    }

    /** The officer records that the invitation went out to the guests. */
    public void sendInvitation(Actor officer, Instant now) {
        authorize(officer, VisitAct.SEND_INVITATION);
        moveTo(VisitStatus.INVITED, officer, now, null);
    }

    /**
     * The officer records that the visa invitation letters were issued to the guests who need them; at least
     * one must have been issued.
     */
    public void issueVisaLetters(Actor officer, long lettersIssued, Instant now) {
        authorize(officer, VisitAct.ISSUE_VISA_LETTERS);
        refuseIfAny(VisitRules.forLettersIssued(lettersIssued));
        moveTo(VisitStatus.VISA_LETTERS_ISSUED, officer, now, null);
    }

    /** The officer submits the reception plan (or a revision of an approved one) for approval; one must be on file. */
    public void draftPlan(Actor officer, boolean planOnFile, String note, Instant now) {
        authorize(officer, VisitAct.DRAFT_PLAN);
        refuseIfAny(VisitRules.forPlanSubmission(planOnFile));
        moveTo(VisitStatus.PLAN_DRAFTED, officer, now, note);
    }

    /** The FAO director approves the reception plan; then it goes to those who carry it out. */
    public void approvePlan(Actor director, Instant now) {
        authorize(director, VisitAct.APPROVE_PLAN);
        moveTo(VisitStatus.PLAN_APPROVED, director, now, null);
    }

    /** The guests arrived: the visit is under way. */
    public void start(Actor officer, Instant now) {
        authorize(officer, VisitAct.START);
        moveTo(VisitStatus.IN_PROGRESS, officer, now, null);
    }

    /** The visit ended; the officer writes its summary, which partners and publicity learn. */
    public void complete(Actor officer, LocalizedText summary, Instant now) {
        authorize(officer, VisitAct.COMPLETE);
        if (summary == null) {
            throw new IllegalArgumentException("A completed visit needs its summary");
        }
        this.summary = summary;
        moveTo(VisitStatus.COMPLETED, officer, now, null);
        record(new VisitCompleted(id(), details.title(), details.invitingDepartment(), details.partnerCityId(),
                sorted(details.countries()), details.arrivalDate(), details.departureDate(), details.guestCount(),
                summary, now));
    }

    /** The completed file is archived; nothing changes it any more. */
    public void archive(Actor officer, Instant now) {
        authorize(officer, VisitAct.ARCHIVE);
        moveTo(VisitStatus.ARCHIVED, officer, now, null);
    }

    /** The visit will not take place (or stops), with the reason on file. */
    public void cancel(Actor actor, String reason, Instant now) {
        authorize(actor, VisitAct.CANCEL);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Cancelling a visit needs the reason");
        }
        moveTo(VisitStatus.CANCELLED, actor, now, reason.strip());
        record(new VisitCancelled(id(), details.partnerCityId(), reason.strip(), now));
    }

    /** The acts this actor may perform now. */
    public Set<VisitAct> actionsFor(Actor actor) {
        Set<VisitAct> actions = EnumSet.noneOf(VisitAct.class);
        for (VisitAct act : status.allowedActs()) {
            if (actor.hasAny(act.roles())) {
                actions.add(act);
            }
        }
        return actions;
    }

    private void authorize(Actor actor, VisitAct act) {
        if (!status.allows(act)) {
            throw new ActNotAllowedInStateException(act.description(), status.name());
        }
        actor.require(act.description(), act.roles());
    }

    private static void refuseIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private void moveTo(VisitStatus next, Actor actor, Instant now, String note) {
        history.add(new StatusChange(status, next, actor.userId(), now, note));
        status = next;
    }

    private static List<String> sorted(Set<String> countries) {
        return countries.stream().sorted().toList();
    }

    /** Refuses anyone who may not see visit files (403, the same for every visit, so nothing leaks). */
    public static void requireReader(Actor actor) {
        actor.require("see visits", READERS);
    }

    public VisitDetails details() {
        return details;
    }

    public VisitStatus status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    /** What the visit achieved, once completed. */
    public LocalizedText summary() {
        return summary;
    }
}
