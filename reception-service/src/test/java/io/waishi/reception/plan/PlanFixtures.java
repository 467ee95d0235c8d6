package io.waishi.reception.plan;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.reception.resource.Interpreter;
import io.waishi.reception.resource.InterpreterProfile;
import io.waishi.reception.resource.Period;
import io.waishi.reception.resource.Venue;
import io.waishi.reception.resource.VenueProfile;
import io.waishi.reception.visit.Visit;
import io.waishi.reception.visit.VisitFixtures;
import io.waishi.reception.visit.VisitStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Test fixtures: visits, interpreters, venues and schedule items as the reception office knows them. */
public final class PlanFixtures {

    public static final Instant NOW = Instant.parse("2027-05-20T02:00:00Z");
    public static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    public static final Actor OFFICER = Actor.of("zhou.reception", null, Role.RECEPTION_OFFICER);
    public static final Actor DIRECTOR = Actor.of("zhao.director", null, Role.FAO_DIRECTOR);
    public static final Actor CLERK = Actor.of("li.clerk", "U-EDU", Role.UNIT_CLERK);

    private PlanFixtures() {
    }

    /** Twelve guests from Bonghwa County, 15–18 June 2027, only requested. */
    public static Visit requestedVisit() {
        return VisitFixtures.inState(VisitStatus.REQUESTED);
    }

    /** {@link #requestedVisit()} with hosting approved by the director. */
    public static Visit approvedVisit() {
        return VisitFixtures.inState(VisitStatus.INVITATION_APPROVED);
    }

    public static Interpreter korean() {
        return Interpreter.register("int-kim", OFFICER, new InterpreterProfile("金美英", List.of("ko", "en-GB"),
                List.of(new Period(at(16, 14, 0), at(16, 18, 0)))), NOW);
    }

    public static Venue hall(int capacity) {
        return Venue.register("venue-hall", OFFICER, new VenueProfile(LocalizedText.of("迎宾馆一号厅", "Guesthouse Hall 1"),
                "新华路1号", capacity), NOW);
    }

    public static PlanRules.Resources resources(Interpreter interpreter, Venue venue) {
        return new PlanRules.Resources(Map.of(interpreter.id(), interpreter), Map.of(venue.id(), venue));
    }

    /** 16 June 2027 at {@code hour:minute}, office time. */
    public static LocalDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2027, 6, day, hour, minute);
    }

    public static ScheduleItem item(String id, LocalDateTime start, LocalDateTime end, ItemKind kind, String venueId,
            InterpreterAssignment... interpreters) {
        return new ScheduleItem(id, start, end, kind, LocalizedText.of("会见" + id, "Meeting " + id), null, venueId,
                List.of(new Official("王市长", "市长")), List.of(interpreters));
    }

    public static PlanContent content(ScheduleItem... items) {
        return new PlanContent(List.of(items), List.of(), List.of(), null);
    }

    /** A booking another visit holds on {@code resourceId} from {@code start} to {@code end} (office time). */
    public static Booking otherVisitBooking(ResourceKind kind, String resourceId, LocalDateTime start,
            LocalDateTime end) {
        return new Booking(kind, resourceId, "other-visit", "other-item", start.atZone(OFFICE).toInstant(),
                end.atZone(OFFICE).toInstant(), LocalizedText.of("宴请", "Banquet"), ItemKind.BANQUET,
                kind == ResourceKind.INTERPRETER ? "ko" : null, 1, NOW);
    }
}
