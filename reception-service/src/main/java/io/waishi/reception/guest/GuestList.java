package io.waishi.reception.guest;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.reception.visit.Visit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The guests of one visit (its id is the visit's id). Only reception officers change it, and only while the
 * visit is open (being prepared or held). Every act checks, in order: the visit's state allows it, the actor
 * may do it, the rules hold; then it changes the list and audits the change. It records no events: guest data
 * is personal and stays in this service.
 */
@Document("guest_lists")
public class GuestList extends AggregateRoot {

    private final List<Guest> guests;
    private final List<GuestListChange> changes;

    @PersistenceCreator
    GuestList(String id, Long version, List<Guest> guests, List<GuestListChange> changes) {
        super(id, version);
        this.guests = guests == null ? new ArrayList<>() : new ArrayList<>(guests);
        this.changes = changes == null ? new ArrayList<>() : new ArrayList<>(changes);
    }

    /** The empty list of a visit that has no guests on file yet. */
    public static GuestList of(String visitId) {
        return new GuestList(visitId, null, List.of(), List.of());
    }

    public Guest add(Actor actor, Visit visit, String guestId, GuestProfile profile, PassportData passport,
            PersonalDataSeal seal, Instant now) {
        authorize(actor, visit, GuestAct.ADD_GUEST);
        Objects.requireNonNull(guestId, "guestId");
        refuseIfAny(GuestRules.forGuest(visit, guests, guestId, profile, passport, true));
        Guest guest = new Guest(guestId, profile, passport == null ? null : SealedPassport.seal(passport, seal));
        guests.add(guest);
        changes.add(new GuestListChange(GuestAct.ADD_GUEST, guestId, actor.userId(), now));
        return guest;
    }

    /** Replaces what the office knows of a guest; a null passport takes the passport off file. */
    public Guest revise(Actor actor, Visit visit, String guestId, GuestProfile profile, PassportData passport,
            PersonalDataSeal seal, Instant now) {
        authorize(actor, visit, GuestAct.REVISE_GUEST);
        Guest earlier = guest(guestId).orElseThrow(() -> new NotFoundException("Guest", guestId));
        List<Guest> others = guests.stream().filter(guest -> !guest.id().equals(guestId)).toList();
        refuseIfAny(GuestRules.forGuest(visit, others, guestId, profile, passport, false));
        Guest revised = new Guest(guestId, profile, passport == null ? null : SealedPassport.seal(passport, seal));
        guests.set(guests.indexOf(earlier), revised);
        changes.add(new GuestListChange(GuestAct.REVISE_GUEST, guestId, actor.userId(), now));
        return revised;
    }

    public void remove(Actor actor, Visit visit, String guestId, Instant now) {
        authorize(actor, visit, GuestAct.REMOVE_GUEST);
        Guest leaving = guest(guestId).orElseThrow(() -> new NotFoundException("Guest", guestId));
        refuseIfAny(GuestRules.forRemoval(guests, leaving));
        guests.remove(leaving);
        changes.add(new GuestListChange(GuestAct.REMOVE_GUEST, guestId, actor.userId(), now));
    }

    private void authorize(Actor actor, Visit visit, GuestAct act) {
        if (!visit.id().equals(id())) {
            throw new IllegalArgumentException("This guest list belongs to another visit");
        }
        if (!visit.status().open()) {
            throw new ActNotAllowedInStateException(act.description(), visit.status().name());
        }
        actor.require(act.description(), act.roles());
    }

    private static void refuseIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    public Optional<Guest> guest(String guestId) {
        return guests.stream().filter(guest -> guest.id().equals(guestId)).findFirst();
    }

    /** The guests in the order they were put on the list. */
    public List<Guest> guests() {
        return List.copyOf(guests);
    }

    /** Who changed the list, when, and which guest. */
    public List<GuestListChange> changes() {
        return List.copyOf(changes);
    }
}
