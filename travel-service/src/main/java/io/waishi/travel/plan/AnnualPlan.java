package io.waishi.travel.plan;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.travel.delegation.DelegationCategory;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.unit.AnnualQuota;
import io.waishi.travel.unit.Unit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A unit's plan of the trips it means to send abroad in one year (年度出访计划). Every trip is in the plan; an
 * unplanned trip may only replace a planned one within the plan's total (RULES.md §1, S2) — the delegation
 * rules decide that per delegation, so an approved plan never changes. One plan per unit and year: its id
 * is {@code <unit>:<year>}. Every act checks, in order: the state allows it, the actor may do it, the rules
 * allow it, then changes the plan and records the change in its history.
 */
@Document("annual_plans")
public class AnnualPlan extends AggregateRoot {

    /** Far above any unit's quota; bounds the document. */
    public static final int MAX_ITEMS = 100;

    /** Roles that see every unit's plans. */
    private static final Role[] OFFICE_WIDE = {Role.FAO_OFFICER, Role.FAO_DIRECTOR, Role.AUDITOR, Role.ADMIN};

    private final String unit;
    private final int year;
    private final List<PlanItem> items;
    /** The number in the last item id given out; ids are never given out twice, even after a removal. */
    private int lastItemNumber;
    private PlanStatus status;
    private final String createdBy;
    private final Instant createdAt;
    private final List<PlanChange> history;

    @PersistenceCreator
    AnnualPlan(String id, Long version, String unit, int year, List<PlanItem> items, int lastItemNumber,
            PlanStatus status, String createdBy, Instant createdAt, List<PlanChange> history) {
        super(id, version);
        if (!id.equals(idOf(unit, year))) {
            throw new IllegalArgumentException("The plan of " + unit + " for " + year + " cannot have the id " + id);
        }
        this.unit = unit;
        this.year = year;
        this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
        this.lastItemNumber = lastItemNumber;
        this.status = status;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
    }

    /** The id of the plan of {@code unit} for {@code year}, e.g. {@code U-EDU:2027}. */
    public static String idOf(String unit, int year) {
        return unit + ":" + year;
    }

    /** A unit clerk opens their own unit's plan for a year, with no trips in it yet. */
    public static AnnualPlan draft(Actor clerk, int year, Instant now) {
        clerk.require(PlanAct.DRAFT.description(), Role.UNIT_CLERK);
        String unit = clerk.requireUnit(PlanAct.DRAFT.description());
        Unit.requireYear(year);
        AnnualPlan plan = new AnnualPlan(idOf(unit, year), null, unit, year, List.of(), 0, PlanStatus.DRAFT,
                clerk.userId(), now, List.of());
        plan.history.add(new PlanChange(PlanAct.DRAFT, null, PlanStatus.DRAFT, clerk.userId(), now, null));
        return plan;
    }

    /** The unit's clerk adds a trip to the draft; the plan gives it the next item id. */
    public PlanItem addItem(Actor clerk, PlannedTrip trip, Instant now) {
        requireEditableBy(clerk, PlanAct.ADD_ITEM);
        requireRoomFor(items.size() + 1);
        PlanItem item = add(trip);
        log(PlanAct.ADD_ITEM, clerk, now, item.itemId());
        return item;
    }

    /** The unit's clerk changes a trip of the draft; it keeps its item id. */
    public PlanItem changeItem(Actor clerk, String itemId, PlannedTrip trip, Instant now) {
        requireEditableBy(clerk, PlanAct.CHANGE_ITEM);
        int index = indexOf(itemId);
        PlanItem changed = PlanItem.of(itemId, trip);
        if (!changed.equals(items.get(index))) {
            items.set(index, changed);
            log(PlanAct.CHANGE_ITEM, clerk, now, itemId);
        }
        return changed;
    }

    /** The unit's clerk takes a trip out of the draft; its item id is not given out again. */
    public void removeItem(Actor clerk, String itemId, Instant now) {
        requireEditableBy(clerk, PlanAct.REMOVE_ITEM);
        items.remove(indexOf(itemId));
        log(PlanAct.REMOVE_ITEM, clerk, now, itemId);
    }

    /**
     * The unit's clerk sends the draft's whole list of trips, in the order they want it: a revision naming an
     * item changes it, one without an item id is a new trip, and an item no revision names is removed. Nothing
     * changes unless every revision is valid.
     */
    public void reviseItems(Actor clerk, List<ItemRevision> revisions, Instant now) {
        requireEditableBy(clerk, PlanAct.REVISE_ITEMS);
        requireRoomFor(revisions.size());
        Set<String> named = new HashSet<>();
        for (ItemRevision revision : revisions) {
            if (revision.itemId() != null) {
                indexOf(revision.itemId());
                if (!named.add(revision.itemId())) {
                    throw new IllegalArgumentException("The item " + revision.itemId() + " is named twice");
                }
            }
        }
        List<PlanItem> before = List.copyOf(items);
        for (PlanItem old : before) {
            if (!named.contains(old.itemId())) {
                log(PlanAct.REMOVE_ITEM, clerk, now, old.itemId());
            }
        }
        items.clear();
        for (ItemRevision revision : revisions) {
            if (revision.itemId() == null) {
                PlanItem added = add(revision.trip());
                log(PlanAct.ADD_ITEM, clerk, now, added.itemId());
            } else {
                PlanItem changed = PlanItem.of(revision.itemId(), revision.trip());
                items.add(changed);
                if (!before.contains(changed)) {
                    log(PlanAct.CHANGE_ITEM, clerk, now, changed.itemId());
                }
            }
        }
    }

    /** The unit's clerk or signatory sends the plan to the Foreign Affairs Office. */
    public void submit(Actor actor, Instant now) {
        requireState(PlanAct.SUBMIT);
        actor.require(PlanAct.SUBMIT.description(), Role.UNIT_CLERK, Role.UNIT_SIGNATORY);
        requireOwnUnit(actor, PlanAct.SUBMIT);
        moveTo(PlanStatus.SUBMITTED, PlanAct.SUBMIT, actor, now, null);
    }

    /**
     * An FAO officer approves the plan. The unit must be registered with the office, and the plan may hold no
     * more trips than the unit's quota for the year: the default {@code DEFAULT_UNIT_ANNUAL_QUOTA} in force for
     * the year, or the director's raise for it. Nobody approves a plan they drafted.
     *
     * @param registeredUnit the unit as registered with the office, empty when it is not
     * @param policy         the policy that applies to the plan's year (see {@link Unit#quotaPolicyDate})
     */
    public void approve(Actor officer, Optional<Unit> registeredUnit, PolicySnapshot policy, Instant now) {
        requireState(PlanAct.APPROVE);
        officer.require(PlanAct.APPROVE.description(), Role.FAO_OFFICER);
        if (officer.userId().equals(createdBy)) {
            throw new ActNotPermittedException(PlanAct.APPROVE.description(), "nobody approves a plan they drafted");
        }
        registeredUnit.filter(other -> !other.code().equals(unit)).ifPresent(other -> {
            throw new IllegalArgumentException("The plan of " + unit + " cannot be judged by the quota of " + other.code());
        });
        if (registeredUnit.isEmpty()) {
            throw new RuleViolationException(List.of(RuleViolation.of("UNIT_NOT_REGISTERED", "unit",
                    Map.of("unit", unit))));
        }
        AnnualQuota quota = registeredUnit.get().quotaFor(year, policy);
        if (tripsCountingAgainstQuota() > quota.trips()) {
            throw new RuleViolationException(List.of(RuleViolation.of("PLAN_OVER_QUOTA", "items",
                    overQuotaParameters(quota))));
        }
        moveTo(PlanStatus.APPROVED, PlanAct.APPROVE, officer, now, null);
    }

    /** Academic exchanges are exempt from the batch limit (RULES.md §1, S1, S5b), in the plan as on the trip. */
    public int tripsCountingAgainstQuota() {
        return Math.toIntExact(items.stream().filter(item -> item.category() != DelegationCategory.ACADEMIC_EXCHANGE)
                .count());
    }

    /** An FAO officer sends the plan back to the unit as a draft, saying in writing what to correct. */
    public void returnForCorrection(Actor officer, String comment, Instant now) {
        requireState(PlanAct.RETURN);
        officer.require(PlanAct.RETURN.description(), Role.FAO_OFFICER);
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("A returned plan needs a comment saying what to correct");
        }
        moveTo(PlanStatus.DRAFT, PlanAct.RETURN, officer, now, comment.strip());
    }

    /** Unit staff see their own unit's plans; the office, auditors and admins see all. */
    public boolean isVisibleTo(Actor actor) {
        return actor.hasAny(OFFICE_WIDE) || actor.unit().map(unit::equals).orElse(false);
    }

    /** The planned trip with this item id, if the plan holds it. */
    public Optional<PlanItem> item(String itemId) {
        return items.stream().filter(item -> item.itemId().equals(itemId)).findFirst();
    }

    /** What the officer wrote when they last returned the plan, while it is a draft again. */
    public Optional<String> returnComment() {
        if (status != PlanStatus.DRAFT || history.isEmpty()) {
            return Optional.empty();
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            PlanChange change = history.get(i);
            if (change.act() == PlanAct.RETURN) {
                return Optional.ofNullable(change.note());
            }
            if (change.act() == PlanAct.SUBMIT) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Map<String, Object> overQuotaParameters(AnnualQuota quota) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("unit", unit);
        parameters.put("year", year);
        parameters.put("quotaSource", quota.source().name());
        parameters.put("limit", quota.trips());
        parameters.put("actual", tripsCountingAgainstQuota());
        if (quota.raised()) {
            parameters.put("raisedBy", quota.raise().raisedBy());
            parameters.put("raisedAt", quota.raise().raisedAt().toString());
        } else {
            parameters.put("parameter", AnnualQuota.Source.DEFAULT_UNIT_ANNUAL_QUOTA.name());
            parameters.put("source", quota.policySource());
        }
        return parameters;
    }

    private PlanItem add(PlannedTrip trip) {
        lastItemNumber++;
        PlanItem item = PlanItem.of("P" + lastItemNumber, trip);
        items.add(item);
        return item;
    }

    private int indexOf(String itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).itemId().equals(itemId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("The plan " + id() + " holds no item " + itemId);
    }

    private void requireRoomFor(int count) {
        if (count > MAX_ITEMS) {
            throw new IllegalArgumentException("A plan holds at most " + MAX_ITEMS + " trips");
        }
    }

    private void requireEditableBy(Actor clerk, PlanAct act) {
        requireState(act);
        clerk.require(act.description(), Role.UNIT_CLERK);
        requireOwnUnit(clerk, act);
    }

    private void requireState(PlanAct act) {
        if (!status.allows(act)) {
            throw new ActNotAllowedInStateException(act.description(), status.name());
        }
    }

    private void requireOwnUnit(Actor actor, PlanAct act) {
        if (!actor.unit().map(unit::equals).orElse(false)) {
            throw new ActNotPermittedException(act.description(), "the plan belongs to another unit");
        }
    }

    private void moveTo(PlanStatus next, PlanAct act, Actor actor, Instant now, String note) {
        history.add(new PlanChange(act, status, next, actor.userId(), now, note));
        status = next;
    }

    private void log(PlanAct act, Actor actor, Instant now, String note) {
        history.add(new PlanChange(act, status, status, actor.userId(), now, note));
    }

    public String unit() {
        return unit;
    }

    public int year() {
        return year;
    }

    public List<PlanItem> items() {
        return List.copyOf(items);
    }

    public PlanStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<PlanChange> history() {
        return List.copyOf(history);
    }
}
