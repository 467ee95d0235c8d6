package io.waishi.reception.guest;

import io.waishi.platform.command.Commands;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import io.waishi.reception.visit.Visit;
import io.waishi.reception.visit.VisitService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/** The use cases on a visit's guests: load the visit and its list, let the list act, save. */
@Service
public class GuestService {

    private final GuestLists lists;
    private final VisitService visits;
    private final PersonalDataSeal seal;
    private final Clock clock;

    GuestService(GuestLists lists, VisitService visits, PersonalDataSeal seal, Clock clock) {
        this.lists = lists;
        this.visits = visits;
        this.seal = seal;
        this.clock = clock;
    }

    /** The visit's guest list (empty, at version 0, before the first guest); for everyone who sees the visit. */
    public GuestList list(Actor actor, String visitId) {
        Visit visit = visits.get(actor, visitId);
        return lists.findById(visit.id()).orElseGet(() -> GuestList.of(visit.id()));
    }

    /** The guest list with {@code guestId} on it, or 404. */
    public Guest guest(Actor actor, String visitId, String guestId) {
        return list(actor, visitId).guest(guestId).orElseThrow(() -> new NotFoundException("Guest", guestId));
    }

    public Added add(Actor actor, String visitId, Long expectedVersion, GuestProfile profile, PassportData passport) {
        String guestId = UUID.randomUUID().toString();
        GuestList saved = act(actor, visitId, expectedVersion,
                (visit, list) -> list.add(actor, visit, guestId, profile, passport, seal, now()));
        return new Added(saved, saved.guest(guestId).orElseThrow());
    }

    public GuestList revise(Actor actor, String visitId, String guestId, Long expectedVersion, GuestProfile profile,
            PassportData passport) {
        return act(actor, visitId, expectedVersion,
                (visit, list) -> list.revise(actor, visit, guestId, profile, passport, seal, now()));
    }

    public GuestList remove(Actor actor, String visitId, String guestId, Long expectedVersion) {
        return act(actor, visitId, expectedVersion, (visit, list) -> {
            list.remove(actor, visit, guestId, now());
            return null;
        });
    }

    /** The plain passport of a guest: for reception officers only (DESIGN.md §7). */
    public PassportData openPassport(Actor actor, Guest guest) {
        actor.require("read passport data", Role.RECEPTION_OFFICER);
        return guest.passport() == null ? null : guest.passport().open(seal);
    }

    /**
     * The order of precedence for a meeting or banquet of the visit: the guests named (all when none are named)
     * against the hosts given.
     */
    public SeatingOrder precedence(Actor actor, String visitId, List<Party> hosts, List<String> guestIds) {
        GuestList list = list(actor, visitId);
        List<Guest> attending = guestIds == null || guestIds.isEmpty() ? list.guests()
                : guestIds.stream().distinct()
                        .map(id -> list.guest(id).orElseThrow(() -> new NotFoundException("Guest", id))).toList();
        return SeatingOrder.of(attending.stream().map(Party::of).toList(), hosts);
    }

    /** A guest put on the list, and the list as saved. */
    public record Added(GuestList list, Guest guest) {
    }

    private interface ListAct {
        Object apply(Visit visit, GuestList list);
    }

    private GuestList act(Actor actor, String visitId, Long expectedVersion, ListAct act) {
        Visit visit = visits.get(actor, visitId);
        Function<GuestList, GuestList> save = lists::save;
        return Commands.onCurrentVersion(
                () -> lists.findById(visit.id()).orElseGet(() -> GuestList.of(visit.id())),
                expectedVersion, list -> act.apply(visit, list), save::apply);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
