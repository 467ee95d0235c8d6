package io.waishi.reception.plan;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.reception.visit.Visit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The reception plan of one visit (接待方案, RULES.md §3, S31b): the programme with its interpreters and venues,
 * cars and lodging, versioned — each save is a new revision and the earlier ones stay readable — and the
 * reception checklist (S31), created with the plan. Reception officers edit it while the visit's hosting is
 * approved and the visit is still open. Its id is the visit's id.
 */
@Document("reception_plans")
public class ReceptionPlan extends AggregateRoot {

    static final String EDIT = "edit the reception plan";

    private LocalizedText visitTitle;
    private LocalDate arrivalDate;
    private LocalDate departureDate;
    private final List<PlanRevision> revisions;
    private final List<ChecklistItem> checklist;

    @PersistenceCreator
    ReceptionPlan(String id, Long version, LocalizedText visitTitle, LocalDate arrivalDate, LocalDate departureDate,
            List<PlanRevision> revisions, List<ChecklistItem> checklist) {
        super(id, version);
        this.visitTitle = visitTitle;
        this.arrivalDate = arrivalDate;
        this.departureDate = departureDate;
        this.revisions = revisions == null ? new ArrayList<>() : new ArrayList<>(revisions);
        this.checklist = checklist == null ? new ArrayList<>() : new ArrayList<>(checklist);
    }

    /** A plan for {@code visit} with no revision yet and every checklist task open. */
    public static ReceptionPlan forVisit(Visit visit) {
        List<ChecklistItem> checklist = new ArrayList<>();
        for (ChecklistTask task : ChecklistTask.values()) {
            checklist.add(new ChecklistItem(task, null, ChecklistState.OPEN, null, null));
        }
        return new ReceptionPlan(visit.id(), null, visit.details().title(), visit.details().arrivalDate(),
                visit.details().departureDate(), List.of(), checklist);
    }

    /**
     * A reception officer saves the plan as its next revision. Every rule is checked at once: hosting approved
     * (no commitment before approval), the programme's rules ({@link PlanRules}), and no interpreter or venue
     * used twice at a time, here or in another visit ({@code otherVisits}, from the booking ledger).
     */
    public PlanRevision revise(Actor officer, Visit visit, PlanContent content, ZoneId zone,
            PlanRules.Resources resources, List<Booking> otherVisits, Instant now) {
        List<RuleViolation> violations = guardEdit(officer, visit);
        violations.addAll(PlanRules.check(id(), visit.details(), zone, content.items(), resources, otherVisits));
        refuseIfAny(violations);
        PlanRevision revision = new PlanRevision(revisions.size() + 1, content, zone.getId(), officer.userId(), now);
        revisions.add(revision);
        visitTitle = visit.details().title();
        arrivalDate = visit.details().arrivalDate();
        departureDate = visit.details().departureDate();
        return revision;
    }

    /** A reception officer gives a checklist task an owner and a state; work in progress or done has an owner. */
    public ChecklistItem updateChecklist(Actor officer, Visit visit, ChecklistTask task, String owner,
            ChecklistState state, Instant now) {
        List<RuleViolation> violations = guardEdit(officer, visit);
        ChecklistItem updated = new ChecklistItem(task, owner, state, officer.userId(), now);
        if (state.needsOwner() && updated.owner() == null) {
            violations.add(PlanRules.violation("CHECKLIST_OWNER_MISSING", "owner", "task", task.name(),
                    "state", state.name()));
        }
        refuseIfAny(violations);
        checklist.replaceAll(item -> item.task() == task ? updated : item);
        return updated;
    }

    /** State guard (the visit is open), actor guard (reception officers), then the approval rule. */
    private List<RuleViolation> guardEdit(Actor officer, Visit visit) {
        if (!visit.id().equals(id())) {
            throw new IllegalArgumentException("The plan of visit " + id() + " is not the plan of visit " + visit.id());
        }
        if (!visit.status().open()) {
            throw new ActNotAllowedInStateException(EDIT, visit.status().name());
        }
        officer.require(EDIT, Role.RECEPTION_OFFICER);
        List<RuleViolation> violations = new ArrayList<>();
        if (!visit.status().approved()) {
            violations.add(PlanRules.violation("PLAN_BEFORE_APPROVAL", null, "visitStatus", visit.status().name()));
        }
        return violations;
    }

    private static void refuseIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    /** The uses of interpreters and venues the current revision makes, claimed at {@code claimedAt}. */
    public List<Booking> bookings(Instant claimedAt) {
        return current().map(revision -> bookingsOf(revision, claimedAt)).orElse(List.of());
    }

    /** The uses of interpreters and venues {@code revision} makes, claimed at {@code claimedAt}. */
    public List<Booking> bookingsOf(PlanRevision revision, Instant claimedAt) {
        ZoneId zone = ZoneId.of(revision.zone());
        List<Booking> bookings = new ArrayList<>();
        for (ScheduleItem item : revision.content().items()) {
            if (!item.end().isAfter(item.start())) {
                continue;
            }
            Instant from = item.start().atZone(zone).toInstant();
            Instant to = item.end().atZone(zone).toInstant();
            LinkedHashSet<String> seen = new LinkedHashSet<>();
            for (InterpreterAssignment assignment : item.interpreters()) {
                if (seen.add(assignment.interpreterId())) {
                    bookings.add(new Booking(ResourceKind.INTERPRETER, assignment.interpreterId(), id(), item.id(),
                            from, to, item.title(), item.kind(), assignment.language(), revision.number(), claimedAt));
                }
            }
            if (item.venueId() != null) {
                bookings.add(new Booking(ResourceKind.VENUE, item.venueId(), id(), item.id(), from, to, item.title(),
                        item.kind(), null, revision.number(), claimedAt));
            }
        }
        return bookings;
    }

    public Optional<PlanRevision> current() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1));
    }

    /** The plan's revision number {@code number} (1 = the first saved). */
    public PlanRevision revision(int number) {
        if (number < 1 || number > revisions.size()) {
            throw new NotFoundException("Plan revision", id() + "/" + number);
        }
        return revisions.get(number - 1);
    }

    /** The current revision's number; 0 before the first save. */
    public int revisionNumber() {
        return revisions.size();
    }

    public List<PlanRevision> revisions() {
        return List.copyOf(revisions);
    }

    public List<ChecklistItem> checklist() {
        return List.copyOf(checklist);
    }

    public LocalizedText visitTitle() {
        return visitTitle;
    }

    public LocalDate arrivalDate() {
        return arrivalDate;
    }

    public LocalDate departureDate() {
        return departureDate;
    }
}
