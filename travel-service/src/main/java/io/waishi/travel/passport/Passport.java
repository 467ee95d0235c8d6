package io.waishi.travel.passport;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.travel.passport.PassportEvents.PassportOverdue;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelParameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One official passport in the office's central custody (因公护照集中保管): registered by a passport officer,
 * lent to its holder for an approved trip, due back a few days after the return, cancelled when it is no
 * longer to be used. Every act checks, in order: the state allows it, the actor may do it, the rules, then
 * changes state and records the event. The number is personal data and stays inside this class and the
 * officers' view.
 */
@Document("passports")
public class Passport extends AggregateRoot {

    /** Roles that see every passport. */
    private static final Role[] OFFICE_WIDE = {Role.FAO_OFFICER, Role.FAO_DIRECTOR, Role.AUDITOR, Role.ADMIN};
    /** Unit staff see their unit's passports. */
    private static final Role[] UNIT_STAFF = {Role.UNIT_CLERK, Role.UNIT_SIGNATORY};
    /** Who stands in the history for acts of the system itself (the overdue check, a recall by the workflow). */
    public static final String SYSTEM = "system";

    private final Holder holder;
    private final PassportType type;
    private final String number;
    private final LocalDate issuedOn;
    private final LocalDate expiresOn;
    private CustodyState state;
    private Loan currentLoan;
    private final List<Loan> pastLoans;
    private OverdueAlertStage overdueAlertStage;
    private final String registeredBy;
    private final Instant registeredAt;
    private String cancellationReason;
    private final List<CustodyChange> history;

    @PersistenceCreator
    Passport(String id, Long version, Holder holder, PassportType type, String number, LocalDate issuedOn,
            LocalDate expiresOn, CustodyState state, Loan currentLoan, List<Loan> pastLoans,
            OverdueAlertStage overdueAlertStage, String registeredBy, Instant registeredAt, String cancellationReason,
            List<CustodyChange> history) {
        super(id, version);
        if (holder == null || type == null || state == null) {
            throw new IllegalArgumentException("A passport needs its holder, its type and its state");
        }
        new PassportNumber(number); // refuses a malformed number
        if (issuedOn == null || expiresOn == null || !expiresOn.isAfter(issuedOn)) {
            throw new IllegalArgumentException("A passport expires after the day it was issued");
        }
        this.holder = holder;
        this.type = type;
        this.number = number;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.state = state;
        this.currentLoan = currentLoan;
        this.pastLoans = pastLoans == null ? new ArrayList<>() : new ArrayList<>(pastLoans);
        this.overdueAlertStage = overdueAlertStage == null ? OverdueAlertStage.NONE : overdueAlertStage;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
        this.cancellationReason = cancellationReason;
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
    }

    /**
     * A passport officer takes a passport into the register. Refused when the holder already has a valid
     * passport (one person, one valid official passport), when the type does not follow the holder's rank,
     * or when the passport has already expired — every broken rule reported together.
     *
     * @param holdersPassports the passports the register already holds for this person
     */
    public static Passport register(String id, Actor officer, Holder holder, PassportType type, PassportNumber number,
            LocalDate issuedOn, LocalDate expiresOn, List<Passport> holdersPassports, LocalDate today, Instant now) {
        officer.require(PassportAct.REGISTER.description(), Role.FAO_OFFICER);
        List<RuleViolation> violations = new ArrayList<>();
        List<Passport> valid = holdersPassports.stream()
                .filter(passport -> passport.holder.personId().equals(holder.personId()))
                .filter(passport -> passport.isValidOn(today))
                .toList();
        if (!valid.isEmpty()) {
            Map<String, Object> found = new LinkedHashMap<>();
            found.put("personId", holder.personId());
            found.put("limit", 1);
            found.put("validPassports", valid.size());
            found.put("existingPassportId", valid.get(0).id());
            found.put("existingExpiresOn", valid.get(0).expiresOn.toString());
            found.put("source", "S35");
            violations.add(RuleViolation.of("ONE_PASSPORT_PER_PERSON", "personId", found));
        }
        PassportType expected = PassportType.forRank(holder.rank());
        if (type != expected) {
            violations.add(RuleViolation.of("PASSPORT_TYPE_BY_RANK", "type", Map.of(
                    "rank", holder.rank().name(), "expected", expected.name(), "actual", type.name(), "source", "S35")));
        }
        if (expiresOn != null && expiresOn.isBefore(today)) {
            violations.add(RuleViolation.of("PASSPORT_EXPIRED", "expiresOn", Map.of(
                    "expiresOn", expiresOn.toString(), "today", today.toString())));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        Passport passport = new Passport(id, null, holder, type, number.value(), issuedOn, expiresOn,
                CustodyState.IN_CUSTODY, null, List.of(), OverdueAlertStage.NONE, officer.userId(), now, null, List.of());
        passport.history.add(new CustodyChange(PassportAct.REGISTER, null, CustodyState.IN_CUSTODY, officer.userId(),
                now, type.name()));
        return passport;
    }

    /**
     * What stops lending {@code person}'s passport for a trip, given the valid passports the register holds for
     * them: none or several valid passports, the one valid passport out on another trip, or a passport that
     * expires before it is due back. Empty when it can be lent (or already is, for this trip).
     */
    public static List<RuleViolation> lendingProblems(String personId, List<Passport> validPassports,
            String delegationId, LocalDate dueBack) {
        if (validPassports.isEmpty()) {
            return List.of(missing(personId, "NO_VALID_PASSPORT", Map.of()));
        }
        if (validPassports.size() > 1) {
            return List.of(missing(personId, "SEVERAL_VALID_PASSPORTS", Map.of("validPassports", validPassports.size())));
        }
        Passport passport = validPassports.get(0);
        if (passport.isLentFor(delegationId)) {
            return List.of();
        }
        if (passport.state != CustodyState.IN_CUSTODY) {
            return List.of(missing(personId, "NOT_IN_CUSTODY", Map.of("passportId", passport.id(),
                    "state", passport.state.name())));
        }
        return passport.expiresBefore(dueBack) ? List.of(passport.expiresBeforeDueDate(dueBack)) : List.of();
    }

    private static RuleViolation missing(String personId, String reason, Map<String, Object> more) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("personId", personId);
        parameters.put("reason", reason);
        parameters.putAll(more);
        return RuleViolation.of("PASSPORT_MISSING", "personIds", parameters);
    }

    private RuleViolation expiresBeforeDueDate(LocalDate dueBack) {
        return RuleViolation.of("PASSPORT_EXPIRES_BEFORE_DUE_DATE", "dueBack", Map.of("personId", holder.personId(),
                "passportId", id(), "expiresOn", expiresOn.toString(), "dueBack", dueBack.toString()));
    }

    /**
     * A passport officer hands the passport out for a trip of {@code unit}. Lending it again for the same
     * trip changes nothing, so a repeated request is harmless.
     *
     * @return whether the passport changed
     */
    public boolean lend(Actor officer, String delegationId, String unit, LocalDate today, LocalDate dueBack,
            Instant now) {
        if (isLentFor(delegationId)) {
            return false;
        }
        requireState(PassportAct.LEND);
        officer.require(PassportAct.LEND.description(), Role.FAO_OFFICER);
        if (dueBack.isBefore(today)) {
            throw new IllegalArgumentException("A passport cannot be due back (" + dueBack + ") before it is lent ("
                    + today + ")");
        }
        if (expiresBefore(dueBack)) {
            throw new RuleViolationException(List.of(expiresBeforeDueDate(dueBack)));
        }
        currentLoan = new Loan(delegationId, unit, today, dueBack, null);
        overdueAlertStage = OverdueAlertStage.NONE;
        moveTo(CustodyState.ON_LOAN, PassportAct.LEND, officer.userId(), now,
                "delegation " + delegationId + ", unit " + unit + ", due back " + dueBack);
        return true;
    }

    /** A passport officer takes the passport back into custody on {@code returnedOn}. */
    public void returnToCustody(Actor officer, LocalDate returnedOn, LocalDate today, Instant now) {
        requireState(PassportAct.RETURN);
        officer.require(PassportAct.RETURN.description(), Role.FAO_OFFICER);
        if (returnedOn.isAfter(today)) {
            throw new IllegalArgumentException("A passport cannot be returned in the future (" + returnedOn + ")");
        }
        Loan closed = currentLoan.returnedOn(returnedOn);
        pastLoans.add(closed);
        currentLoan = null;
        overdueAlertStage = OverdueAlertStage.NONE;
        long late = closed.daysOverdue(returnedOn);
        moveTo(CustodyState.IN_CUSTODY, PassportAct.RETURN, officer.userId(), now,
                "delegation " + closed.delegationId() + ", returned on " + returnedOn
                        + (late > 0 ? ", " + late + " day(s) late" : ""));
    }

    /**
     * Returns the passport if it is still out for {@code delegationId}; a passport already back, or out for
     * another trip, is left as it is, so the trip's return can be repeated safely.
     *
     * @return whether the passport changed
     */
    public boolean returnFromTrip(Actor officer, String delegationId, LocalDate returnedOn, LocalDate today,
            Instant now) {
        if (!isLentFor(delegationId)) {
            return false;
        }
        returnToCustody(officer, returnedOn, today, now);
        return true;
    }

    /**
     * The passport is wanted back sooner, e.g. on the day its trip was cancelled. A due date is only ever
     * moved earlier; a passport not out for {@code delegationId} is left as it is.
     *
     * @return whether the due date moved
     */
    public boolean recall(String delegationId, LocalDate earlierDueBack, Instant now) {
        if (!isLentFor(delegationId) || !earlierDueBack.isBefore(currentLoan.dueBack())) {
            return false;
        }
        requireState(PassportAct.RECALL);
        LocalDate previous = currentLoan.dueBack();
        currentLoan = currentLoan.recalledTo(earlierDueBack);
        moveTo(state, PassportAct.RECALL, SYSTEM, now,
                "delegation " + delegationId + ", due back " + earlierDueBack + " instead of " + previous);
        return true;
    }

    /**
     * The daily look at a lent passport: the first day past its due date it records the overdue alert, and the
     * first day it is overdue by more than PASSPORT_OVERDUE_BLOCK_DAYS it records it again with the unit
     * blocked. Each alert is recorded once per loan.
     *
     * @return whether an alert was recorded
     */
    public boolean checkOverdue(PolicySnapshot policy, LocalDate today, Instant now) {
        if (state != CustodyState.ON_LOAN) {
            return false;
        }
        long daysOverdue = currentLoan.daysOverdue(today);
        if (daysOverdue < 1) {
            return false;
        }
        boolean blocking = daysOverdue > policy.intValue(TravelParameter.PASSPORT_OVERDUE_BLOCK_DAYS);
        OverdueAlertStage reached = blocking ? OverdueAlertStage.UNIT_BLOCKED : OverdueAlertStage.OVERDUE;
        if (reached.compareTo(overdueAlertStage) <= 0) {
            return false;
        }
        requireState(PassportAct.ALERT_OVERDUE);
        overdueAlertStage = reached;
        moveTo(state, PassportAct.ALERT_OVERDUE, SYSTEM, now,
                "delegation " + currentLoan.delegationId() + ", " + daysOverdue + " day(s) overdue"
                        + (blocking ? ", unit blocked" : ""));
        record(new PassportOverdue(id(), holder.unit(), currentLoan.delegationId(), type, currentLoan.dueBack(),
                daysOverdue, blocking, now));
        return true;
    }

    /** A passport officer cancels the passport (lost, replaced, holder left the service); never while it is out. */
    public void cancel(Actor officer, String reason, Instant now) {
        requireState(PassportAct.CANCEL);
        officer.require(PassportAct.CANCEL.description(), Role.FAO_OFFICER);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A cancellation needs a reason");
        }
        cancellationReason = reason.strip();
        moveTo(CustodyState.CANCELLED, PassportAct.CANCEL, officer.userId(), now, cancellationReason);
    }

    /** Valid on {@code day}: not cancelled and not expired. */
    public boolean isValidOn(LocalDate day) {
        return state != CustodyState.CANCELLED && !expiresOn.isBefore(day);
    }

    public boolean isLentFor(String delegationId) {
        return state == CustodyState.ON_LOAN && currentLoan.delegationId().equals(delegationId);
    }

    /** Days past the due date of the current loan on {@code today}; 0 when it is not out or not late. */
    public long daysOverdue(LocalDate today) {
        return state == CustodyState.ON_LOAN ? currentLoan.daysOverdue(today) : 0;
    }

    /**
     * Unit staff see the passports of their unit's people and those lent to their unit's trips; the office,
     * auditors and admins see all.
     */
    public boolean isVisibleTo(Actor actor) {
        if (actor.hasAny(OFFICE_WIDE)) {
            return true;
        }
        return actor.hasAny(UNIT_STAFF) && actor.unit().map(this::concernsUnit).orElse(false);
    }

    /** The office, auditors and admins read every unit's passports. */
    public static boolean readsEveryUnit(Actor actor) {
        return actor.hasAny(OFFICE_WIDE);
    }

    /** The unit whose passports a unit clerk or signatory reads; refuses everyone else. */
    public static String requireUnitReader(Actor actor) {
        actor.require("read the passport register", UNIT_STAFF);
        return actor.requireUnit("read the passport register");
    }

    /** Whether the full number may be shown to {@code actor}: only to the passport officers. */
    public static boolean mayReadNumber(Actor actor) {
        return actor.has(Role.FAO_OFFICER);
    }

    public boolean concernsUnit(String unit) {
        return holder.unit().equals(unit) || (currentLoan != null && currentLoan.unit().equals(unit));
    }

    private boolean expiresBefore(LocalDate day) {
        return expiresOn.isBefore(day);
    }

    private void requireState(PassportAct act) {
        if (!state.allows(act)) {
            throw new ActNotAllowedInStateException(act.description(), state.name());
        }
    }

    private void moveTo(CustodyState next, PassportAct act, String by, Instant now, String detail) {
        history.add(new CustodyChange(act, state, next, by, now, detail));
        state = next;
    }

    public Holder holder() {
        return holder;
    }

    public PassportType type() {
        return type;
    }

    /** The number; its {@code toString()} is masked, {@link PassportNumber#value()} is the full number. */
    public PassportNumber number() {
        return new PassportNumber(number);
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public CustodyState state() {
        return state;
    }

    public Optional<Loan> currentLoan() {
        return Optional.ofNullable(currentLoan);
    }

    public List<Loan> pastLoans() {
        return List.copyOf(pastLoans);
    }

    public OverdueAlertStage overdueAlertStage() {
        return overdueAlertStage;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Optional<String> cancellationReason() {
        return Optional.ofNullable(cancellationReason);
    }

    public List<CustodyChange> history() {
        return List.copyOf(history);
    }

    /** Never the number nor the holder's name. */
    @Override
    public String toString() {
        return "Passport[id=" + id() + ", personId=" + holder.personId() + ", type=" + type + ", number="
                + number().masked() + ", state=" + state + "]";
    }
}
