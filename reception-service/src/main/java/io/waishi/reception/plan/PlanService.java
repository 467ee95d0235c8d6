package io.waishi.reception.plan;

import io.waishi.platform.command.Commands;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.StaleVersionException;
import io.waishi.reception.resource.Interpreter;
import io.waishi.reception.resource.Interpreters;
import io.waishi.reception.resource.ResourceService;
import io.waishi.reception.resource.Venue;
import io.waishi.reception.resource.Venues;
import io.waishi.reception.visit.Visit;
import io.waishi.reception.visit.VisitService;
import io.waishi.reception.visit.Visits;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** The use cases on reception plans, their checklists, the booking calendars and the agenda. */
@Service
public class PlanService {

    /** How often a save is tried again after losing a race on a booking page or the plan itself. */
    static final int ATTEMPTS = 3;

    private final ReceptionPlans plans;
    private final VisitService visitService;
    private final Visits visits;
    private final Interpreters interpreters;
    private final Venues venues;
    private final ResourceService resources;
    private final BookingLedger ledger;
    private final Clock clock;
    private final ZoneId zone;

    PlanService(ReceptionPlans plans, VisitService visitService, Visits visits, Interpreters interpreters,
            Venues venues, ResourceService resources, BookingLedger ledger, Clock clock,
            @Value("${waishi.reception.office-zone:Asia/Shanghai}") ZoneId zone) {
        this.plans = plans;
        this.visitService = visitService;
        this.visits = visits;
        this.interpreters = interpreters;
        this.venues = venues;
        this.resources = resources;
        this.ledger = ledger;
        this.clock = clock;
        this.zone = zone;
    }

    /** The office time zone plan times are in. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Saves {@code content} as the plan's next revision (the first one creates the plan and its checklist).
     * Claims the bookings in the ledger before saving the plan; a race lost on either is tried again, and a
     * race on the plan itself with If-Match is the caller's (412 or 409).
     */
    public ReceptionPlan revise(Actor officer, String visitId, Long expectedVersion, PlanContent content) {
        for (int attempt = 1; ; attempt++) {
            Visit visit = visitService.get(officer, visitId);
            ReceptionPlan plan = plans.findById(visitId).orElseGet(() -> ReceptionPlan.forVisit(visit));
            StaleVersionException.requireCurrent(expectedVersion, plan.version());
            Instant now = now();
            List<Booking> previous = plan.bookings(now);
            PlanRules.Resources named = resourcesNamedBy(content);
            // the pages of the bookings wanted and of those the plan held so far (to release them)
            List<Booking> wantedGuess = plan.bookingsOf(new PlanRevision(plan.revisionNumber() + 1, content,
                    zone.getId(), officer.userId(), now), now);
            List<Booking> touched = new ArrayList<>(wantedGuess);
            touched.addAll(previous);
            Map<String, BookingDay> pages = ledger.pagesFor(touched, zone);

            PlanRevision revision = plan.revise(officer, visit, content, zone, named,
                    ledger.othersStanding(pages, visitId), now);
            BookingLedger.Claim claim;
            try {
                claim = ledger.claim(pages, visitId, plan.bookingsOf(revision, now), zone);
            } catch (BookingLedger.LostRace lost) {
                if (attempt == ATTEMPTS) {
                    throw new OptimisticLockingFailureException("Bookings kept changing; try again", lost);
                }
                continue;
            }
            try {
                return plans.save(plan);
            } catch (OptimisticLockingFailureException | DuplicateKeyException changedMeanwhile) {
                ledger.release(claim, visitId);
                if (expectedVersion != null || attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    private PlanRules.Resources resourcesNamedBy(PlanContent content) {
        Set<String> interpreterIds = new HashSet<>();
        Set<String> venueIds = new HashSet<>();
        for (ScheduleItem item : content.items()) {
            item.interpreters().forEach(assignment -> interpreterIds.add(assignment.interpreterId()));
            if (item.venueId() != null) {
                venueIds.add(item.venueId());
            }
        }
        Map<String, Interpreter> foundInterpreters = new HashMap<>();
        interpreters.findAllById(interpreterIds).forEach(found -> foundInterpreters.put(found.id(), found));
        Map<String, Venue> foundVenues = new HashMap<>();
        venues.findAllById(venueIds).forEach(found -> foundVenues.put(found.id(), found));
        return new PlanRules.Resources(foundInterpreters, foundVenues);
    }

    /** The visit's plan (anyone who sees visits); 404 before its first save. */
    public ReceptionPlan get(Actor actor, String visitId) {
        visitService.get(actor, visitId);
        return plans.findById(visitId).orElseThrow(() -> new NotFoundException("Reception plan", visitId));
    }

    /** A reception officer gives a checklist task an owner and a state. */
    public ReceptionPlan updateChecklist(Actor officer, String visitId, Long expectedVersion, ChecklistTask task,
            String owner, ChecklistState state) {
        return Commands.onCurrentVersion(() -> get(officer, visitId), expectedVersion,
                plan -> plan.updateChecklist(officer, visitService.get(officer, visitId), task, owner, state, now()),
                plans::save);
    }

    /** One checklist task of an upcoming visit, for the officers' list of what remains to do. */
    public record ChecklistEntry(String visitId, ReceptionPlan plan, ChecklistItem item) {
    }

    /**
     * The checklist tasks of the visits not yet over (departure today or later, visit still open), by arrival;
     * only those still to do when {@code pendingOnly}.
     */
    public List<ChecklistEntry> checklist(Actor actor, boolean pendingOnly) {
        Visit.requireReader(actor);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<ReceptionPlan> upcoming = new ArrayList<>(plans.findByDepartureDateGreaterThanEqual(today));
        upcoming.sort(Comparator.comparing(ReceptionPlan::arrivalDate).thenComparing(ReceptionPlan::id));
        Map<String, Visit> open = new HashMap<>();
        visits.findAllById(upcoming.stream().map(ReceptionPlan::id).toList()).forEach(visit -> {
            if (visit.status().open()) {
                open.put(visit.id(), visit);
            }
        });
        List<ChecklistEntry> entries = new ArrayList<>();
        for (ReceptionPlan plan : upcoming) {
            if (!open.containsKey(plan.id())) {
                continue;
            }
            for (ChecklistItem item : plan.checklist()) {
                if (!pendingOnly || item.state().pending()) {
                    entries.add(new ChecklistEntry(plan.id(), plan, item));
                }
            }
        }
        return entries;
    }

    /** The standing bookings of an interpreter (404 when unknown) on the office days {@code from}–{@code to}. */
    public List<Booking> interpreterBookings(Actor actor, String interpreterId, LocalDate from, LocalDate to) {
        resources.interpreter(actor, interpreterId);
        return ledger.calendar(ResourceKind.INTERPRETER, interpreterId, from, to);
    }

    /** The standing bookings of a venue (404 when unknown) on the office days {@code from}–{@code to}. */
    public List<Booking> venueBookings(Actor actor, String venueId, LocalDate from, LocalDate to) {
        resources.venue(actor, venueId);
        return ledger.calendar(ResourceKind.VENUE, venueId, from, to);
    }

    /** What the printed agenda and the calendar file show: the visit, a plan revision and the resources it names. */
    public record Agenda(Visit visit, ReceptionPlan plan, PlanRevision revision, Map<String, Interpreter> interpreters,
            Map<String, Venue> venues) {
    }

    /** The agenda of the visit's current plan (anyone who sees visits). */
    public Agenda agenda(Actor actor, String visitId) {
        Visit visit = visitService.get(actor, visitId);
        ReceptionPlan plan = plans.findById(visitId).orElseThrow(() -> new NotFoundException("Reception plan", visitId));
        PlanRevision revision = plan.current().orElseThrow(() -> new NotFoundException("Reception plan", visitId));
        PlanRules.Resources named = resourcesNamedBy(revision.content());
        return new Agenda(visit, plan, revision, named.interpreters(), named.venues());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
