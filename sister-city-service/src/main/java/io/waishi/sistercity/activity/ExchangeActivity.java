package io.waishi.sistercity.activity;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.sistercity.activity.ActivityEvents.ActivityCancelled;
import io.waishi.sistercity.activity.ActivityEvents.ActivityRecorded;
import io.waishi.sistercity.relationship.CooperationField;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One exchange with a partner city: a delegation going there (OUTBOUND) or one coming here (INBOUND).
 * Planned when the trip or visit is approved or an officer records it; held once it has taken place, with
 * what it achieved; or cancelled, with the reason — a cancelled activity stays on file but counts for
 * nothing.
 *
 * <p>An officer's act checks the status allows it (409), the officer's role (403) and the rules (422, all at
 * once). Another service's event is applied at most once: its id is kept with the activity, in the same
 * document write, and a change the activity already shows changes nothing.
 */
@Document("activities")
public class ExchangeActivity extends AggregateRoot {

    /** Roles that read activities; changing them is for the sister-city officer. */
    public static final Role[] READERS = {Role.SISTER_CITY_OFFICER, Role.FAO_OFFICER, Role.FAO_DIRECTOR,
        Role.AUDITOR, Role.ADMIN};

    /** Who recorded an activity that came from another service's event. */
    public static final String FROM_EVENTS = "system";

    public enum Direction { INBOUND, OUTBOUND }

    /** The statuses and the acts each allows: the one place the state table lives. */
    public enum Status {
        PLANNED(ActivityAct.AMEND, ActivityAct.HOLD, ActivityAct.CANCEL),
        HELD(ActivityAct.AMEND),
        CANCELLED;

        private final Set<ActivityAct> allowed;

        Status(ActivityAct... allowed) {
            this.allowed = allowed.length == 0 ? EnumSet.noneOf(ActivityAct.class) : EnumSet.of(allowed[0], allowed);
        }

        public boolean allows(ActivityAct act) {
            return allowed.contains(act);
        }

        /** Whether an activity in this status counts as an exchange (planned or held, not cancelled). */
        public boolean counts() {
            return this != CANCELLED;
        }
    }

    private final String partnerCityId;
    private final Direction direction;
    private Status status;
    private final LocalizedText title;
    private LocalDate startDate;
    private LocalDate endDate;
    private CooperationField field;
    private List<String> tags;
    private Integer delegationSize;
    private LocalizedText outcome;
    private final ActivityOrigin origin;
    private final String recordedBy;
    private final Instant recordedAt;
    private String cancellationReason;
    private Instant cancelledAt;
    /** Ids of the other services' events already applied, so a redelivered one changes nothing. */
    private final List<String> appliedEvents;

    @PersistenceCreator
    ExchangeActivity(String id, Long version, String partnerCityId, Direction direction, Status status,
            LocalizedText title, LocalDate startDate, LocalDate endDate, CooperationField field, List<String> tags,
            Integer delegationSize, LocalizedText outcome, ActivityOrigin origin, String recordedBy,
            Instant recordedAt, String cancellationReason, Instant cancelledAt, List<String> appliedEvents) {
        super(id, version);
        this.partnerCityId = partnerCityId;
        this.direction = direction;
        this.status = status;
        this.title = title;
        this.startDate = startDate;
        this.endDate = endDate;
        this.field = field;
        this.tags = tags == null ? List.of() : List.copyOf(tags);
        this.delegationSize = delegationSize;
        this.outcome = outcome;
        this.origin = origin;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.cancellationReason = cancellationReason;
        this.cancelledAt = cancelledAt;
        this.appliedEvents = appliedEvents == null ? new ArrayList<>() : new ArrayList<>(appliedEvents);
    }

    private static ExchangeActivity create(String id, String partnerCityId, Direction direction, Status status,
            LocalizedText title, LocalDate startDate, LocalDate endDate, CooperationField field,
            Collection<String> tags, Integer delegationSize, LocalizedText outcome, ActivityOrigin origin,
            String recordedBy, Instant now) {
        if (partnerCityId == null || partnerCityId.isBlank()) {
            throw new IllegalArgumentException("An exchange activity needs a partner city");
        }
        if (direction == null || status == null || status == Status.CANCELLED || origin == null) {
            throw new IllegalArgumentException("An exchange activity is recorded planned or held, going out or coming in");
        }
        if (title == null || startDate == null || endDate == null) {
            throw new IllegalArgumentException("An exchange activity needs its title and its dates");
        }
        refuseIfAny(ActivityRules.dates(startDate, endDate));
        requireSize(delegationSize);
        ExchangeActivity activity = new ExchangeActivity(id, null, partnerCityId, direction, status, title,
                startDate, endDate, field, ActivityTags.normalise(tags), delegationSize, outcome, origin, recordedBy,
                now, null, null, null);
        activity.record(ActivityRecorded.of(activity, now));
        return activity;
    }

    /** The id of the one activity a delegation or visit becomes, whichever of its events arrives first. */
    public static String idFor(ActivityOrigin origin) {
        if (origin.kind() == ActivityOrigin.Kind.MANUAL) {
            throw new IllegalArgumentException("An activity recorded by hand has no origin to derive its id from");
        }
        return UUID.nameUUIDFromBytes(("exchange-activity:" + origin.kind() + ":" + origin.id())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * A sister-city officer records an exchange by hand: planned, or already held with what it achieved.
     *
     * @param partnerRegistered whether {@code partnerCityId} names a registered partner city
     */
    public static ExchangeActivity recordByHand(String id, Actor officer, String partnerCityId,
            boolean partnerRegistered, Direction direction, Status status, LocalizedText title, LocalDate startDate,
            LocalDate endDate, CooperationField field, Collection<String> tags, Integer delegationSize,
            LocalizedText outcome, Instant now) {
        officer.require("record an exchange activity", Role.SISTER_CITY_OFFICER);
        Status recorded = status == null ? Status.PLANNED : status;
        refuseIfAny(ActivityRules.forRecording(partnerCityId, partnerRegistered, startDate, endDate, recorded,
                outcome));
        return create(id, partnerCityId, direction, recorded, title, startDate, endDate, field, tags, delegationSize,
                outcome, new ActivityOrigin(ActivityOrigin.Kind.MANUAL, null), officer.userId(), now);
    }

    /** An approved trip or visit with a partner becomes a planned exchange; its id derives from the origin. */
    public static ExchangeActivity plan(String eventId, ExchangeFacts facts, Instant now) {
        ExchangeActivity activity = create(idFor(facts.origin()), facts.partnerCityId(), facts.direction(),
                Status.PLANNED, facts.title(), facts.startDate(), facts.endDate(), facts.field(), null,
                facts.delegationSize(), null, facts.origin(), FROM_EVENTS, now);
        activity.appliedEvents.add(eventId);
        return activity;
    }

    /**
     * A trip or visit this service never saw approved has taken place (its approval came before this service
     * listened, or went astray): recorded held at once, with the outcome when the event brings one.
     */
    public static ExchangeActivity heldWithoutPlan(String eventId, ExchangeFacts facts, LocalizedText outcome,
            Instant now) {
        ExchangeActivity activity = create(idFor(facts.origin()), facts.partnerCityId(), facts.direction(),
                Status.HELD, facts.title(), facts.startDate(), facts.endDate(), facts.field(), null,
                facts.delegationSize(), outcome, facts.origin(), FROM_EVENTS, now);
        activity.appliedEvents.add(eventId);
        return activity;
    }

    /** An outbound delegation approved to visit a partner: a planned exchange (kept for existing callers). */
    public static ExchangeActivity planOutbound(String eventId, String partnerCityId, String delegationId,
            LocalizedText title, LocalDate departure, LocalDate returnDate, int delegationSize, Instant now) {
        return plan(eventId, new ExchangeFacts(new ActivityOrigin(ActivityOrigin.Kind.TRAVEL_DELEGATION, delegationId),
                Direction.OUTBOUND, partnerCityId, title, departure, returnDate, null, delegationSize), now);
    }

    /**
     * The officer restates the field, the tags, the size, or (once held) the outcome; null leaves each as is.
     * A change is announced again (same activity id), so partners see the record as it stands.
     */
    public void amend(Actor officer, CooperationField field, Collection<String> tags, Integer delegationSize,
            LocalizedText outcome, Instant now) {
        authorize(officer, ActivityAct.AMEND);
        refuseIfAny(ActivityRules.forAmending(status, outcome));
        requireSize(delegationSize);
        List<String> normalTags = tags == null ? null : ActivityTags.normalise(tags);
        boolean changed = false;
        if (field != null && field != this.field) {
            this.field = field;
            changed = true;
        }
        if (normalTags != null && !normalTags.equals(this.tags)) {
            this.tags = normalTags;
            changed = true;
        }
        if (delegationSize != null && !delegationSize.equals(this.delegationSize)) {
            this.delegationSize = delegationSize;
            changed = true;
        }
        if (outcome != null && !outcome.equals(this.outcome)) {
            this.outcome = outcome;
            changed = true;
        }
        if (changed) {
            record(ActivityRecorded.of(this, now));
        }
    }

    /**
     * The officer records that the planned exchange took place, with what it achieved and, when they differ
     * from the plan, its actual dates. Holding it twice is refused (409): the second click changes nothing.
     */
    public void hold(Actor officer, LocalDate actualStart, LocalDate actualEnd, LocalizedText outcome, Instant now) {
        authorize(officer, ActivityAct.HOLD);
        LocalDate start = actualStart == null ? startDate : actualStart;
        LocalDate end = actualEnd == null ? endDate : actualEnd;
        refuseIfAny(ActivityRules.forHolding(start, end, outcome));
        becomeHeld(start, end, outcome, now);
    }

    /** The officer calls a planned exchange off, with the reason; it stays on file and counts for nothing. */
    public void cancel(Actor officer, String reason, Instant now) {
        authorize(officer, ActivityAct.CANCEL);
        becomeCancelled(reason, now);
    }

    /**
     * Another service says the exchange took place (a delegation returned, a trip report, a visit completed):
     * a planned activity becomes held; a held one takes the actual dates and the outcome the event brings,
     * announced again when they change what partners were told.
     * A field or size still unknown is filled in. A cancelled activity stays cancelled.
     *
     * @param facts   the trip or visit as the event tells it, with the actual dates
     * @param outcome what the exchange achieved, when the event says (a report or a visit summary)
     * @return whether anything changed
     */
    public boolean tookPlace(String eventId, ExchangeFacts facts, LocalizedText outcome, Instant now) {
        if (appliedEvents.contains(eventId) || status == Status.CANCELLED) {
            return false;
        }
        LocalDate start = facts.startDate() == null ? startDate : facts.startDate();
        LocalDate end = facts.endDate() == null ? endDate : facts.endDate();
        refuseIfAny(ActivityRules.dates(start, end));
        appliedEvents.add(eventId);
        fillIn(facts);
        if (status == Status.PLANNED) {
            becomeHeld(start, end, outcome == null ? this.outcome : outcome, now);
            return true;
        }
        boolean restated = !start.equals(startDate) || !end.equals(endDate)
                || (outcome != null && !outcome.equals(this.outcome));
        startDate = start;
        endDate = end;
        if (outcome != null) {
            this.outcome = outcome;
        }
        if (restated) {
            record(ActivityRecorded.of(this, now)); // e.g. the trip report after the return brings the outcome
        }
        return true;
    }

    /**
     * Another service says the trip or visit is called off: a planned activity is cancelled; a held or
     * cancelled one stays as it is.
     *
     * @return whether anything changed
     */
    public boolean calledOff(String eventId, String reason, Instant now) {
        if (appliedEvents.contains(eventId) || status != Status.PLANNED) {
            return false;
        }
        appliedEvents.add(eventId);
        becomeCancelled(reason == null || reason.isBlank() ? "Cancelled by " + origin.kind() : reason, now);
        return true;
    }

    /**
     * Another service's event repeats what is known (an approval arriving after the return, or redelivered):
     * only a field or size still unknown is filled in.
     *
     * @return whether anything changed
     */
    public boolean learn(String eventId, ExchangeFacts facts) {
        if (appliedEvents.contains(eventId)) {
            return false;
        }
        appliedEvents.add(eventId);
        fillIn(facts);
        return true;
    }

    private void fillIn(ExchangeFacts facts) {
        if (field == null && facts.field() != null) {
            field = facts.field();
        }
        if (delegationSize == null && facts.delegationSize() != null) {
            requireSize(facts.delegationSize());
            delegationSize = facts.delegationSize();
        }
    }

    /** Whether this event has already been applied to the activity. */
    public boolean hasApplied(String eventId) {
        return appliedEvents.contains(eventId);
    }

    /** The acts this actor may perform now. */
    public Set<ActivityAct> actionsFor(Actor actor) {
        Set<ActivityAct> actions = EnumSet.noneOf(ActivityAct.class);
        for (ActivityAct act : ActivityAct.values()) {
            if (status.allows(act) && actor.hasAny(act.roles())) {
                actions.add(act);
            }
        }
        return actions;
    }

    private void becomeHeld(LocalDate start, LocalDate end, LocalizedText outcome, Instant now) {
        this.startDate = start;
        this.endDate = end;
        this.outcome = outcome;
        this.status = Status.HELD;
        record(ActivityRecorded.of(this, now));
    }

    private void becomeCancelled(String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Cancelling an exchange activity needs the reason");
        }
        this.status = Status.CANCELLED;
        this.cancellationReason = reason.strip();
        this.cancelledAt = now;
        record(new ActivityCancelled(id(), partnerCityId, origin, cancellationReason, now));
    }

    private void authorize(Actor actor, ActivityAct act) {
        if (!status.allows(act)) {
            throw new ActNotAllowedInStateException(act.description(), status.name());
        }
        actor.require(act.description(), act.roles());
    }

    private static void requireSize(Integer delegationSize) {
        if (delegationSize != null && delegationSize < 1) {
            throw new IllegalArgumentException("A delegation has at least one member");
        }
    }

    private static void refuseIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    public String partnerCityId() {
        return partnerCityId;
    }

    public Direction direction() {
        return direction;
    }

    public Status status() {
        return status;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    /** The cooperation field, or null while unknown. */
    public CooperationField field() {
        return field;
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    public Integer delegationSize() {
        return delegationSize;
    }

    /** What the exchange achieved, once held and known. */
    public LocalizedText outcome() {
        return outcome;
    }

    public ActivityOrigin origin() {
        return origin;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    @Override
    public String toString() {
        return "ExchangeActivity[" + id() + ", " + status + ", " + Objects.toString(origin) + "]";
    }
}
