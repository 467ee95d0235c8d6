package io.waishi.reception.visit;

import io.waishi.platform.command.Commands;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.reception.policy.ReceptionPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** The use cases on visits: load, let the aggregate act, save. */
@Service
public class VisitService {

    /** Newest first; the id breaks ties so paging is stable. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("requestedAt"), Sort.Order.asc("id"));

    /** The longest look ahead of the upcoming list. */
    public static final int MAX_UPCOMING_DAYS = 366;

    private final Visits visits;
    private final VisitPreparation preparation;
    private final ReceptionPolicy policy;
    private final ZoneId officeZone;
    private final Clock clock;

    VisitService(Visits visits, VisitPreparation preparation, ReceptionPolicy policy,
            @Value("${waishi.reception.office-zone:Asia/Shanghai}") ZoneId officeZone, Clock clock) {
        this.visits = visits;
        this.preparation = preparation;
        this.policy = policy;
        this.officeZone = officeZone;
        this.clock = clock;
    }

    /**
     * The visits reception officers prepare or host now: approved and still open, not gone by today (in the
     * office's zone) and arriving within {@code withinDays} (clamped to 1–366), soonest first.
     */
    public List<Visit> upcoming(Actor actor, int withinDays) {
        Visit.requireReader(actor);
        LocalDate today = LocalDate.now(clock.withZone(officeZone));
        int days = Math.max(1, Math.min(MAX_UPCOMING_DAYS, withinDays));
        List<VisitStatus> preparedOrHeld = Arrays.stream(VisitStatus.values())
                .filter(status -> status.approved() && status.open()).toList();
        return visits.findComing(preparedOrHeld, today, today.plusDays(days));
    }

    public Visit request(Actor actor, VisitDetails details) {
        return visits.save(Visit.request(UUID.randomUUID().toString(), actor, details, now()));
    }

    public Visit get(Actor actor, String id) {
        Visit.requireReader(actor);
        return visits.findById(id).orElseThrow(() -> new NotFoundException("Visit", id));
    }

    /** One page of visits, newest first, optionally only those in {@code status}. */
    public Page<Visit> list(Actor actor, VisitStatus status, int page, int size) {
        Visit.requireReader(actor);
        PageRequest request = PageRequest.of(page, size, NEWEST_FIRST);
        if (request.getOffset() > Integer.MAX_VALUE) {
            // The skip reaches MongoDB as an int: a longer one would wrap round and answer an early page again.
            return new PageImpl<>(List.of(), request, status != null ? visits.countByStatus(status) : visits.count());
        }
        return status != null ? visits.findByStatus(status, request) : visits.findAll(request);
    }

    public Visit approveInvitation(Actor director, String id, Long expectedVersion) {
        return act(director, id, expectedVersion, visit -> visit.approveInvitation(director, policy, now()));
    }

    public Visit sendInvitation(Actor officer, String id, Long expectedVersion) {
        return act(officer, id, expectedVersion, visit -> visit.sendInvitation(officer, now()));
    }

    public Visit issueVisaLetters(Actor officer, String id, Long expectedVersion) {
        return act(officer, id, expectedVersion, visit -> visit.issueVisaLetters(officer, preparation.visaLettersIssued(id),
                now()));
    }

    public Visit draftPlan(Actor officer, String id, Long expectedVersion, String note) {
        return act(officer, id, expectedVersion, visit -> visit.draftPlan(officer, preparation.hasReceptionPlan(id), note,
                now()));
    }

    public Visit approvePlan(Actor director, String id, Long expectedVersion) {
        return act(director, id, expectedVersion, visit -> visit.approvePlan(director, now()));
    }

    public Visit start(Actor officer, String id, Long expectedVersion) {
        return act(officer, id, expectedVersion, visit -> visit.start(officer, now()));
    }

    public Visit complete(Actor officer, String id, Long expectedVersion, LocalizedText summary) {
        return act(officer, id, expectedVersion, visit -> visit.complete(officer, summary, now()));
    }

    public Visit archive(Actor officer, String id, Long expectedVersion) {
        return act(officer, id, expectedVersion, visit -> visit.archive(officer, now()));
    }

    public Visit cancel(Actor actor, String id, Long expectedVersion, String reason) {
        return act(actor, id, expectedVersion, visit -> visit.cancel(actor, reason, now()));
    }

    private Visit act(Actor actor, String id, Long expectedVersion, Consumer<Visit> act) {
        return Commands.onCurrentVersion(() -> get(actor, id), expectedVersion, act, visits::save);
    }

    /** Now, to the millisecond MongoDB keeps: the answer to a command and a later read then agree. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
