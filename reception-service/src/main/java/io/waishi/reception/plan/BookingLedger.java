package io.waishi.reception.plan;

import io.waishi.reception.visit.Visit;
import io.waishi.reception.visit.Visits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Who uses which interpreter and venue when, across all visits: one {@link BookingDay} per resource and office
 * day. A plan's save first claims its bookings here (each page written with its version checked, so of two
 * concurrent claims on one page the second fails and is re-checked), then saves the plan. Without transactions a
 * crash between the two leaves a claim whose plan never reached its revision: such a claim still blocks for
 * {@link #CLAIM_GRACE} (it may be a save in flight), then counts as stale and is dropped at the next write of its
 * page. Bookings of cancelled or finished visits no longer block.
 */
@Component
class BookingLedger {

    /** How long a claim whose plan revision is not (yet) saved still blocks others. */
    static final Duration CLAIM_GRACE = Duration.ofMinutes(2);

    /** The longest stretch a calendar query covers. */
    static final int MAX_CALENDAR_DAYS = 366;

    private final BookingDays days;
    private final ReceptionPlans plans;
    private final Visits visits;
    private final Clock clock;

    BookingLedger(BookingDays days, ReceptionPlans plans, Visits visits, Clock clock) {
        this.days = days;
        this.plans = plans;
        this.visits = visits;
        this.clock = clock;
    }

    /** A claim lost to a concurrent writer of one of its pages; what it had written is undone. */
    static class LostRace extends RuntimeException {

        LostRace(Throwable cause) {
            super("A booking page changed while this plan claimed it", cause);
        }
    }

    /** The pages {@code bookings} fall on, loaded, or empty when none exists yet; in key order. */
    Map<String, BookingDay> pagesFor(Collection<Booking> bookings, ZoneId zone) {
        Map<String, BookingDay> pages = new TreeMap<>();
        for (Booking booking : bookings) {
            for (LocalDate day : daysOf(booking, zone)) {
                String key = BookingDay.key(booking.resourceKind(), booking.resourceId(), day);
                pages.computeIfAbsent(key, k -> BookingDay.empty(booking.resourceKind(), booking.resourceId(), day));
            }
        }
        days.findAllById(pages.keySet()).forEach(page -> pages.put(page.id(), page));
        return pages;
    }

    /** The bookings of other visits on {@code pages} that still stand (see {@link #CLAIM_GRACE}). */
    List<Booking> othersStanding(Map<String, BookingDay> pages, String visitId) {
        Liveness liveness = new Liveness();
        Map<String, Booking> standing = new LinkedHashMap<>();
        for (BookingDay page : pages.values()) {
            for (Booking booking : page.entriesNotOf(visitId)) {
                if (liveness.stands(booking)) {
                    standing.putIfAbsent(booking.resourceKind() + booking.resourceId() + booking.visitId()
                            + booking.itemId(), booking);
                }
            }
        }
        return List.copyOf(standing.values());
    }

    /**
     * Writes {@code wanted} as the bookings of {@code visitId} on {@code pages} (as loaded for this check), page by
     * page, each on its version; stale entries of other visits are dropped on the way. Throws {@link LostRace}
     * after undoing its writes when a page changed since it was loaded.
     */
    /** The pages a claim wrote, and what its visit had on each before. */
    record Claim(List<BookingDay> written, Map<String, List<Booking>> before) {
    }

    Claim claim(Map<String, BookingDay> pages, String visitId, List<Booking> wanted, ZoneId zone) {
        Liveness liveness = new Liveness();
        List<BookingDay> written = new ArrayList<>();
        Map<String, List<Booking>> before = new HashMap<>();
        for (BookingDay page : pages.values()) {
            List<Booking> mine = wanted.stream().filter(b -> b.resourceKind() == page.resourceKind()
                    && b.resourceId().equals(page.resourceId()) && daysOf(b, zone).contains(page.day())).toList();
            List<Booking> kept = page.entriesNotOf(visitId).stream().filter(liveness::stands).toList();
            before.put(page.id(), page.entriesOf(visitId));
            page.rewrite(visitId, mine, kept);
            try {
                written.add(days.save(page));
            } catch (OptimisticLockingFailureException | DuplicateKeyException changedMeanwhile) {
                restore(written, visitId, before);
                throw new LostRace(changedMeanwhile);
            }
        }
        return new Claim(written, before);
    }

    /** Puts back the bookings {@code visitId} had on {@code written} before a claim (whose plan was not saved). */
    void restore(List<BookingDay> written, String visitId, Map<String, List<Booking>> before) {
        for (BookingDay page : written) {
            for (int attempt = 1; attempt <= 3; attempt++) {
                BookingDay current = days.findById(page.id()).orElse(null);
                if (current == null) {
                    break;
                }
                current.rewrite(visitId, before.getOrDefault(page.id(), List.of()), current.entriesNotOf(visitId));
                try {
                    days.save(current);
                    break;
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    // read again; a claim left behind anyway goes stale after CLAIM_GRACE
                }
            }
        }
    }

    /** Undoes a claim whose plan could not be saved. */
    void release(Claim claim, String visitId) {
        restore(claim.written(), visitId, claim.before());
    }

    /** The standing bookings of one interpreter or venue on the office days {@code from} to {@code to}. */
    List<Booking> calendar(ResourceKind kind, String resourceId, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(MAX_CALENDAR_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("A booking calendar covers 1 to " + MAX_CALENDAR_DAYS
                    + " days, from a day not after the last");
        }
        List<String> keys = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            keys.add(BookingDay.key(kind, resourceId, day));
        }
        Liveness liveness = new Liveness();
        Map<String, Booking> found = new LinkedHashMap<>();
        for (BookingDay page : days.findAllById(keys)) {
            for (Booking booking : page.entries()) {
                if (liveness.stands(booking) && liveness.saved(booking)) {
                    found.putIfAbsent(booking.visitId() + "/" + booking.itemId(), booking);
                }
            }
        }
        return found.values().stream().sorted(Comparator.comparing(Booking::from).thenComparing(Booking::visitId))
                .toList();
    }

    /** The office days a booking touches (an item running past midnight is on both days). */
    static TreeSet<LocalDate> daysOf(Booking booking, ZoneId zone) {
        TreeSet<LocalDate> result = new TreeSet<>();
        LocalDate first = LocalDateTime.ofInstant(booking.from(), zone).toLocalDate();
        LocalDate last = LocalDateTime.ofInstant(booking.to().minusNanos(1), zone).toLocalDate();
        for (LocalDate day = first; !day.isAfter(last) && result.size() <= MAX_CALENDAR_DAYS; day = day.plusDays(1)) {
            result.add(day);
        }
        return result;
    }

    /** Whether bookings still stand, reading each visit and plan once per check. */
    private final class Liveness {

        private final Instant now = clock.instant();
        private final Map<String, Optional<Visit>> visitsRead = new HashMap<>();
        private final Map<String, Optional<ReceptionPlan>> plansRead = new HashMap<>();

        boolean stands(Booking booking) {
            Optional<Visit> visit = visitsRead.computeIfAbsent(booking.visitId(), visits::findById);
            if (visit.isEmpty() || !visit.get().status().open()) {
                return false;
            }
            return saved(booking) || booking.claimedAt().plus(CLAIM_GRACE).isAfter(now);
        }

        /** Whether the booking's plan is at the revision that claimed it. */
        boolean saved(Booking booking) {
            return plansRead.computeIfAbsent(booking.visitId(), plans::findById)
                    .map(plan -> plan.revisionNumber() == booking.revision()).orElse(false);
        }
    }
}
