package io.waishi.reception.resource;

import io.waishi.platform.command.Commands;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.reception.visit.Visit;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The office's managed lists of interpreters and venues: reception officers keep them, everyone who sees
 * visits sees them.
 */
@Service
public class ResourceService {

    private static final Sort BY_NAME = Sort.by("profile.name", "id");
    private static final Sort VENUES_BY_NAME = Sort.by("profile.name.zh", "id");

    private final Interpreters interpreters;
    private final Venues venues;
    private final Clock clock;

    ResourceService(Interpreters interpreters, Venues venues, Clock clock) {
        this.interpreters = interpreters;
        this.venues = venues;
        this.clock = clock;
    }

    public Interpreter registerInterpreter(Actor officer, InterpreterProfile profile) {
        return interpreters.save(Interpreter.register(UUID.randomUUID().toString(), officer, profile, now()));
    }

    public Interpreter interpreter(Actor actor, String id) {
        Visit.requireReader(actor);
        return interpreters.findById(id).orElseThrow(() -> new NotFoundException("Interpreter", id));
    }

    public Page<Interpreter> interpreters(Actor actor, int page, int size) {
        Visit.requireReader(actor);
        return interpreters.findAll(PageRequest.of(page, size, BY_NAME));
    }

    public Interpreter reviseInterpreter(Actor officer, String id, Long expectedVersion, InterpreterProfile profile) {
        return onInterpreter(officer, id, expectedVersion, interpreter -> interpreter.revise(officer, profile));
    }

    public Interpreter deactivateInterpreter(Actor officer, String id, Long expectedVersion) {
        return onInterpreter(officer, id, expectedVersion, interpreter -> interpreter.deactivate(officer));
    }

    public Venue registerVenue(Actor officer, VenueProfile profile) {
        return venues.save(Venue.register(UUID.randomUUID().toString(), officer, profile, now()));
    }

    public Venue venue(Actor actor, String id) {
        Visit.requireReader(actor);
        return venues.findById(id).orElseThrow(() -> new NotFoundException("Venue", id));
    }

    public Page<Venue> venues(Actor actor, int page, int size) {
        Visit.requireReader(actor);
        return venues.findAll(PageRequest.of(page, size, VENUES_BY_NAME));
    }

    public Venue reviseVenue(Actor officer, String id, Long expectedVersion, VenueProfile profile) {
        return onVenue(officer, id, expectedVersion, venue -> venue.revise(officer, profile));
    }

    public Venue deactivateVenue(Actor officer, String id, Long expectedVersion) {
        return onVenue(officer, id, expectedVersion, venue -> venue.deactivate(officer));
    }

    private Interpreter onInterpreter(Actor actor, String id, Long expectedVersion, Consumer<Interpreter> act) {
        return Commands.onCurrentVersion(() -> interpreter(actor, id), expectedVersion, act, interpreters::save);
    }

    private Venue onVenue(Actor actor, String id, Long expectedVersion, Consumer<Venue> act) {
        return Commands.onCurrentVersion(() -> venue(actor, id), expectedVersion, act, venues::save);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
