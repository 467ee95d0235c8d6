package io.waishi.travel.passport;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.platform.domain.StaleVersionException;
import io.waishi.travel.calendar.CalendarService;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Service;

/**
 * The office's register of official passports: the use cases of the passport officers, and the acts the
 * delegation workflow asks of it (lend for a trip, return, recall, and what the "unit blocked" rule needs).
 *
 * <p>MongoDB gives no transactions here, so a use case that touches several passports writes each one on
 * its own, conditionally on the version it read (a concurrent change makes it read again and re-decide),
 * and every act is idempotent: a call repeated after a crash finds what is already done and completes the
 * rest.
 */
@Service
public class PassportRegister {

    private static final Logger log = LoggerFactory.getLogger(PassportRegister.class);
    private static final int WRITE_ATTEMPTS = 5;

    private final Passports passports;
    private final MongoTemplate mongo;
    private final TravelPolicy policy;
    private final CalendarService calendar;
    private final Clock clock;

    PassportRegister(Passports passports, MongoTemplate mongo, TravelPolicy policy, CalendarService calendar,
            Clock clock) {
        this.passports = passports;
        this.mongo = mongo;
        this.policy = policy;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * A passport officer registers a passport. Refused (422) when the person already holds a valid passport or
     * the type does not follow the rank; a number already in the register is refused by its unique index (409).
     */
    public Passport register(Actor officer, Holder holder, PassportType type, PassportNumber number,
            LocalDate issuedOn, LocalDate expiresOn) {
        LocalDate today = today();
        Passport passport = passports.insert(Passport.register(UUID.randomUUID().toString(), officer, holder, type,
                number, issuedOn, expiresOn, validPassportsOf(holder.personId(), today), today, clock.instant()));
        // Two registrations for one person at the same moment can both pass the check: whichever then sees
        // another valid passport withdraws its own, so the person never ends up with two.
        boolean another = validPassportsOf(holder.personId(), today).stream()
                .anyMatch(other -> !other.id().equals(passport.id()));
        if (another) {
            passports.deleteById(passport.id());
            throw new OptimisticLockingFailureException(
                    "Another passport was registered for the same person at the same time");
        }
        return passport;
    }

    /** The passport, if the actor may see it; another unit's passport is "not found", not "forbidden". */
    public Passport get(Actor actor, String id) {
        return passports.findById(id)
                .filter(passport -> passport.isVisibleTo(actor))
                .orElseThrow(() -> new NotFoundException("Passport", id));
    }

    /**
     * One page of the register. Unit staff always see only their own unit's passports, whatever unit they ask
     * for; {@code overdueOnly} keeps the passports on loan past their due date.
     */
    public Page<Passport> list(Actor actor, String unit, CustodyState state, String personId, boolean overdueOnly,
            Pageable page) {
        String visibleUnit = Passport.readsEveryUnit(actor) ? unit : Passport.requireUnitReader(actor);
        return passports.search(new PassportSearch.Filter(visibleUnit, state, personId,
                overdueOnly ? today() : null), page);
    }

    /** A passport officer takes one passport back, on {@code returnedOn} or today. */
    public Passport returnToCustody(Actor officer, String id, Long expectedVersion, LocalDate returnedOn) {
        Passport passport = get(officer, id);
        StaleVersionException.requireCurrent(expectedVersion, passport.version());
        LocalDate today = today();
        passport.returnToCustody(officer, returnedOn == null ? today : returnedOn, today, clock.instant());
        return passports.save(passport);
    }

    public Passport cancel(Actor officer, String id, Long expectedVersion, String reason) {
        Passport passport = get(officer, id);
        StaleVersionException.requireCurrent(expectedVersion, passport.version());
        passport.cancel(officer, reason, clock.instant());
        return passports.save(passport);
    }

    /**
     * Lends each person's passport for the trip of {@code delegationId}. Every person needs exactly one valid
     * passport, in custody or already lent for this trip, that does not expire before {@code dueBack};
     * otherwise nothing is lent and every person at fault is reported (PASSPORT_MISSING, or
     * PASSPORT_EXPIRES_BEFORE_DUE_DATE). Repeating the call changes nothing more.
     *
     * @return the passports lent for the trip, one per person, in the order of {@code personIds}
     */
    public List<Passport> lendForTrip(Actor officer, String delegationId, String unit, List<String> personIds,
            LocalDate dueBack) {
        officer.require(PassportAct.LEND.description(), Role.FAO_OFFICER);
        requireText(delegationId, "a delegation id");
        requireText(unit, "the borrowing unit");
        LocalDate today = today();
        if (dueBack == null || dueBack.isBefore(today)) {
            throw new IllegalArgumentException("Passports are due back today or later, not " + dueBack);
        }
        List<String> people = personIds.stream().distinct().toList();
        Map<String, List<Passport>> valid = validPassportsOf(people, today);
        List<RuleViolation> violations = new ArrayList<>();
        for (String person : people) {
            violations.addAll(Passport.lendingProblems(person, valid.getOrDefault(person, List.of()), delegationId,
                    dueBack));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        Instant now = clock.instant();
        List<Passport> lent = new ArrayList<>(people.size());
        for (String person : people) {
            String id = valid.get(person).get(0).id();
            lent.add(write(id, passport -> passport.lend(officer, delegationId, unit, today, dueBack, now)));
        }
        return lent;
    }

    /**
     * Takes back every passport still out for the trip, as returned on {@code returnedOn}.
     *
     * @return how many came back with this call (0 when repeated)
     */
    public int returnAllFor(Actor officer, String delegationId, LocalDate returnedOn) {
        officer.require(PassportAct.RETURN.description(), Role.FAO_OFFICER);
        LocalDate today = today();
        Instant now = clock.instant();
        int returned = 0;
        for (Passport out : passports.findByStateAndCurrentLoanDelegationId(CustodyState.ON_LOAN, delegationId)) {
            if (changed(out.id(), passport -> passport.returnFromTrip(officer, delegationId, returnedOn, today, now))) {
                returned++;
            }
        }
        return returned;
    }

    /**
     * Moves the due date of every passport still out for the trip to {@code dueBack}, when that is earlier
     * (a cancelled trip: due back on the day of the cancellation).
     *
     * @return how many passports of the trip are still out
     */
    public int recallFor(String delegationId, LocalDate dueBack) {
        Instant now = clock.instant();
        for (Passport out : passports.findByStateAndCurrentLoanDelegationId(CustodyState.ON_LOAN, delegationId)) {
            changed(out.id(), passport -> passport.recall(delegationId, dueBack, now));
        }
        return Math.toIntExact(outstandingFor(delegationId));
    }

    /** How many passports are still out for the trip. */
    public long outstandingFor(String delegationId) {
        return passports.countByStateAndCurrentLoanDelegationId(CustodyState.ON_LOAN, delegationId);
    }

    /**
     * The unit's passport (its holder's, or lent for its trip) most days overdue on {@code today}, for the
     * rule that blocks a unit's new applications.
     */
    public Optional<OverdueLoan> mostOverdue(String unit, LocalDate today) {
        return passports.mostOverdue(unit, today).flatMap(passport -> passport.currentLoan()
                .map(loan -> new OverdueLoan(passport.id(), loan.delegationId(), loan.dueBack(),
                        loan.daysOverdue(today))));
    }

    /** How many valid passports each person holds on {@code today}: 0, 1 or — only by mistake — more. */
    public Map<String, Long> validPassportCount(Collection<String> personIds, LocalDate today) {
        Map<String, Long> counts = new LinkedHashMap<>();
        personIds.forEach(person -> counts.put(person, 0L));
        validPassportsOf(List.copyOf(counts.keySet()), today)
                .forEach((person, valid) -> counts.put(person, (long) valid.size()));
        return counts;
    }

    /** The due date of passports for a trip leaving on {@code departure}, under today's policy. */
    public LocalDate dueBack(LocalDate departure, int approvedDays) {
        return Loan.dueDate(departure, approvedDays, policy.at(today()));
    }

    /** Today in the office's time zone. */
    public LocalDate today() {
        return calendar.calendar().today(clock);
    }

    /** The result of one overdue check: loans past their due date, and alerts recorded in this pass. */
    record OverdueCheck(int overdueLoans, int alertsRecorded) {
    }

    /**
     * Looks at every passport on loan past its due date and records the alerts that are due. A passport that
     * cannot be checked is left for the next pass; the others are still checked.
     */
    OverdueCheck checkOverdueLoans() {
        LocalDate today = today();
        PolicySnapshot rules = policy.at(today);
        Instant now = clock.instant();
        List<Passport> overdue = passports.findByStateAndCurrentLoanDueBackBefore(CustodyState.ON_LOAN, today);
        int alerts = 0;
        for (Passport late : overdue) {
            try {
                if (changed(late.id(), passport -> passport.checkOverdue(rules, today, now))) {
                    alerts++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not check passport {} for overdue alerts; next pass retries: {}", late.id(), e.toString());
            }
        }
        return new OverdueCheck(overdue.size(), alerts);
    }

    /** The unique index on the passport number; creating it again changes nothing. */
    void createIndexes() {
        mongo.indexOps(Passport.class).createIndex(new Index("number", Sort.Direction.ASC).unique()
                .named("passport_number_unique"));
    }

    private Map<String, List<Passport>> validPassportsOf(List<String> people, LocalDate today) {
        if (people.isEmpty()) {
            return Map.of();
        }
        return passports.findByHolderPersonIdInAndStateNotAndExpiresOnGreaterThanEqual(people, CustodyState.CANCELLED,
                today).stream().collect(Collectors.groupingBy(passport -> passport.holder().personId()));
    }

    private List<Passport> validPassportsOf(String personId, LocalDate today) {
        return passports.findByHolderPersonIdAndStateNotAndExpiresOnGreaterThanEqual(personId, CustodyState.CANCELLED,
                today);
    }

    private boolean changed(String id, Predicate<Passport> act) {
        return writeIfChanged(id, act).isPresent();
    }

    /** The passport after {@code act}, written if the act changed it. */
    private Passport write(String id, Predicate<Passport> act) {
        return writeIfChanged(id, act).orElseGet(() -> passports.findById(id)
                .orElseThrow(() -> new NotFoundException("Passport", id)));
    }

    /**
     * Reads the passport, lets {@code act} decide and change it, and writes it only if it changed — on the
     * condition that nobody wrote it since it was read (its version). When somebody did, it is read again
     * and the act decides again on what is there now.
     */
    private Optional<Passport> writeIfChanged(String id, Predicate<Passport> act) {
        for (int attempt = 1; ; attempt++) {
            Passport passport = passports.findById(id).orElseThrow(() -> new NotFoundException("Passport", id));
            if (!act.test(passport)) {
                return Optional.empty();
            }
            try {
                return Optional.of(passports.save(passport));
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (attempt >= WRITE_ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Lending passports needs " + what);
        }
    }
}
