package io.waishi.reception.visit;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.Role;
import io.waishi.reception.visit.VisitEvents.VisitRequested;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A foreign guest visit (来访团组): a department asks the office to host a delegation from abroad, and the
 * office takes it from request to approval and hosting. Every act checks, in order: the state allows it,
 * the actor may do it, then changes state and records the event.
 */
@Document("visits")
public class Visit extends AggregateRoot {

    /** Roles that open visit files. */
    private static final Role[] REQUESTERS = {Role.RECEPTION_OFFICER, Role.FAO_OFFICER};
    /** Roles that see visit files; everyone else is refused, not shown an empty office. */
    private static final Role[] READERS = {Role.RECEPTION_OFFICER, Role.FAO_OFFICER, Role.FAO_DIRECTOR,
        Role.AUDITOR, Role.ADMIN};

    private final VisitDetails details;
    private VisitStatus status;
    private final String requestedBy;
    private final Instant requestedAt;
    private final List<StatusChange> history;

    @PersistenceCreator
    Visit(String id, Long version, VisitDetails details, VisitStatus status, String requestedBy, Instant requestedAt,
            List<StatusChange> history) {
        super(id, version);
        this.details = details;
        this.status = status;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
    }

    /** A reception (or FAO) officer opens a visit file on behalf of the inviting department. */
    public static Visit request(String id, Actor actor, VisitDetails details, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        actor.require(VisitAct.REQUEST.description(), REQUESTERS);
        VisitStatus initial = VisitStatus.initial();
        Visit visit = new Visit(id, null, details, initial, actor.userId(), now,
                List.of(new StatusChange(null, initial, actor.userId(), now)));
        visit.record(new VisitRequested(id, details.title(), details.invitingDepartment(), details.partnerCityId(),
                details.arrivalDate(), details.departureDate(), details.guestCount(), now));
        return visit;
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
}
