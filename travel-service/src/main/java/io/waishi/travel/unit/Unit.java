package io.waishi.travel.unit;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelParameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A unit that sends delegations (派出单位): a government bureau, a city-owned enterprise, a university or
 * another body, registered with the office under the code its staff carry in their token's {@code unit}
 * claim. It knows who signs for it, who files for it, and how many trips it may send a year (RULES.md §1).
 * Every act checks, in order: the actor may do it, the rules allow it, then changes the record and logs it.
 */
@Document("units")
public class Unit extends AggregateRoot {

    /** A unit code as tokens carry it, e.g. {@code U-EDU}. */
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9-]{1,30}";
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);
    /** Roles that see every unit. */
    private static final Role[] OFFICE_WIDE = {Role.FAO_OFFICER, Role.FAO_DIRECTOR, Role.AUDITOR, Role.ADMIN};
    /** Roles that keep the register of units. */
    private static final Role[] REGISTRARS = {Role.ADMIN, Role.FAO_OFFICER};

    private LocalizedText name;
    private UnitKind kind;
    private boolean foreignAffairsOrCommerce;
    private final List<Signatory> signatories;
    private final List<Clerk> clerks;
    private final List<QuotaRaise> quotaRaises;
    private final String registeredBy;
    private final Instant registeredAt;
    private final List<UnitChange> history;

    @PersistenceCreator
    Unit(String id, Long version, LocalizedText name, UnitKind kind, boolean foreignAffairsOrCommerce,
            List<Signatory> signatories, List<Clerk> clerks, List<QuotaRaise> quotaRaises, String registeredBy,
            Instant registeredAt, List<UnitChange> history) {
        super(requireCode(id), version);
        this.name = name;
        this.kind = kind;
        this.foreignAffairsOrCommerce = foreignAffairsOrCommerce;
        this.signatories = signatories == null ? new ArrayList<>() : new ArrayList<>(signatories);
        this.clerks = clerks == null ? new ArrayList<>() : new ArrayList<>(clerks);
        this.quotaRaises = quotaRaises == null ? new ArrayList<>() : new ArrayList<>(quotaRaises);
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
    }

    /** An ADMIN or FAO officer registers a unit under the code its staff's tokens carry. */
    public static Unit register(String code, Actor actor, LocalizedText name, UnitKind kind,
            boolean foreignAffairsOrCommerce, Instant now) {
        actor.require(UnitAct.REGISTER.description(), REGISTRARS);
        requireParticulars(name, kind);
        Unit unit = new Unit(code, null, name, kind, foreignAffairsOrCommerce, List.of(), List.of(), List.of(),
                actor.userId(), now, List.of());
        unit.log(UnitAct.REGISTER, kind + (foreignAffairsOrCommerce ? ", foreign affairs or commerce" : ""), actor, now);
        return unit;
    }

    /** An ADMIN or FAO officer corrects the unit's name, kind or foreign-affairs-or-commerce flag. */
    public void update(Actor actor, LocalizedText newName, UnitKind newKind, boolean newForeignAffairsOrCommerce,
            Instant now) {
        actor.require(UnitAct.UPDATE.description(), REGISTRARS);
        requireParticulars(newName, newKind);
        this.name = newName;
        this.kind = newKind;
        this.foreignAffairsOrCommerce = newForeignAffairsOrCommerce;
        log(UnitAct.UPDATE, newKind + (newForeignAffairsOrCommerce ? ", foreign affairs or commerce" : ""), actor, now);
    }

    /** Registers who signs for the unit; registering the same person again replaces their particulars. */
    public void registerSignatory(Actor actor, String userId, String signatoryName, String post, Instant now) {
        actor.require(UnitAct.REGISTER_SIGNATORY.description(), REGISTRARS);
        Signatory signatory = new Signatory(userId, signatoryName, post, now, actor.userId());
        signatories.removeIf(existing -> existing.userId().equals(signatory.userId()));
        signatories.add(signatory);
        log(UnitAct.REGISTER_SIGNATORY, signatory.userId(), actor, now);
    }

    public void removeSignatory(Actor actor, String userId, Instant now) {
        actor.require(UnitAct.REMOVE_SIGNATORY.description(), REGISTRARS);
        if (!signatories.removeIf(existing -> existing.userId().equals(userId))) {
            throw new NotFoundException("Signatory of " + id(), userId);
        }
        log(UnitAct.REMOVE_SIGNATORY, userId, actor, now);
    }

    /** Registers who files for the unit; registering the same person again replaces their name. */
    public void registerClerk(Actor actor, String userId, String clerkName, Instant now) {
        actor.require(UnitAct.REGISTER_CLERK.description(), REGISTRARS);
        Clerk clerk = new Clerk(userId, clerkName);
        clerks.removeIf(existing -> existing.userId().equals(clerk.userId()));
        clerks.add(clerk);
        log(UnitAct.REGISTER_CLERK, clerk.userId(), actor, now);
    }

    public void removeClerk(Actor actor, String userId, Instant now) {
        actor.require(UnitAct.REMOVE_CLERK.description(), REGISTRARS);
        if (!clerks.removeIf(existing -> existing.userId().equals(userId))) {
            throw new NotFoundException("Clerk of " + id(), userId);
        }
        log(UnitAct.REMOVE_CLERK, userId, actor, now);
    }

    /**
     * An FAO director lets a unit doing foreign-affairs or commerce work send more trips in {@code year} than
     * the default quota (RULES.md §1). Only such units, and only above the default in force for that year; both
     * rules are checked and reported together. A second raise for the same year replaces the first.
     *
     * @param policy the policy that applies to {@code year} (see {@link #quotaPolicyDate})
     */
    public void raiseQuota(Actor director, int year, int trips, String reason, PolicySnapshot policy, Instant now) {
        director.require(UnitAct.RAISE_QUOTA.description(), Role.FAO_DIRECTOR);
        QuotaRaise raise = new QuotaRaise(year, trips, reason, director.userId(), now);
        int defaultQuota = policy.intValue(TravelParameter.DEFAULT_UNIT_ANNUAL_QUOTA);
        List<RuleViolation> violations = new ArrayList<>();
        if (!foreignAffairsOrCommerce) {
            violations.add(RuleViolation.of("QUOTA_RAISE_NOT_ELIGIBLE", "trips",
                    defaultQuotaParameters(year, defaultQuota, policy, Map.of("kind", kind.name()))));
        }
        if (trips <= defaultQuota) {
            violations.add(RuleViolation.of("QUOTA_RAISE_NOT_ABOVE_DEFAULT", "trips",
                    defaultQuotaParameters(year, defaultQuota, policy, Map.of("actual", trips))));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        quotaRaises.removeIf(existing -> existing.year() == year);
        quotaRaises.add(raise);
        quotaRaises.sort(Comparator.comparingInt(QuotaRaise::year));
        log(UnitAct.RAISE_QUOTA, year + ": " + trips + " trips", director, now);
    }

    /** The number of trips the unit may send in {@code year}: the raise for that year if any, else the default. */
    public int annualQuota(int year, PolicySnapshot policy) {
        return quotaFor(year, policy).trips();
    }

    /** The unit's quota for {@code year} with where it comes from. */
    public AnnualQuota quotaFor(int year, PolicySnapshot policy) {
        requireYear(year);
        int defaultQuota = policy.intValue(TravelParameter.DEFAULT_UNIT_ANNUAL_QUOTA);
        String policySource = policy.source(TravelParameter.DEFAULT_UNIT_ANNUAL_QUOTA);
        return raiseFor(year)
                .map(raise -> new AnnualQuota(id(), year, raise.trips(), AnnualQuota.Source.RAISED, defaultQuota,
                        policySource, raise))
                .orElseGet(() -> new AnnualQuota(id(), year, defaultQuota, AnnualQuota.Source.DEFAULT_UNIT_ANNUAL_QUOTA,
                        defaultQuota, policySource, null));
    }

    public Optional<QuotaRaise> raiseFor(int year) {
        return quotaRaises.stream().filter(raise -> raise.year() == year).findFirst();
    }

    /**
     * The day whose policy decides a year's default quota, seen from {@code today}: the first day of a year still
     * to come (so a default scheduled from New Year applies to next year's plan), today within the current year,
     * and the last day of a year gone by.
     */
    public static LocalDate quotaPolicyDate(int year, LocalDate today) {
        requireYear(year);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return today.isBefore(first) ? first : today.isAfter(last) ? last : today;
    }

    public boolean isRegisteredSignatory(String userId) {
        return signatories.stream().anyMatch(signatory -> signatory.userId().equals(userId));
    }

    public boolean isRegisteredClerk(String userId) {
        return clerks.stream().anyMatch(clerk -> clerk.userId().equals(userId));
    }

    /** Whether the unit's files take the simplified approval path (city-owned enterprises and universities). */
    public boolean simplifiedApprovalPath() {
        return kind.simplifiedApprovalPath();
    }

    /** Unit staff see their own unit; the office, auditors and admins see all. */
    public boolean isVisibleTo(Actor actor) {
        return actor.hasAny(OFFICE_WIDE) || actor.unit().map(id()::equals).orElse(false);
    }

    /** Whether {@code actor} sees every unit's records, not only their own unit's. */
    public static boolean seesAllUnits(Actor actor) {
        return actor.hasAny(OFFICE_WIDE);
    }

    public static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("The year " + year + " is not between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }

    static String requireText(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return value.strip();
    }

    private static String requireCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a unit code (" + CODE_PATTERN + "): " + code);
        }
        return code;
    }

    private static void requireParticulars(LocalizedText name, UnitKind kind) {
        if (name == null) {
            throw new IllegalArgumentException("A unit needs a name");
        }
        if (kind == null) {
            throw new IllegalArgumentException("A unit needs a kind");
        }
    }

    private Map<String, Object> defaultQuotaParameters(int year, int defaultQuota, PolicySnapshot policy,
            Map<String, Object> context) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("parameter", TravelParameter.DEFAULT_UNIT_ANNUAL_QUOTA.name());
        parameters.put("limit", defaultQuota);
        parameters.put("source", policy.source(TravelParameter.DEFAULT_UNIT_ANNUAL_QUOTA));
        parameters.put("unit", id());
        parameters.put("year", year);
        parameters.putAll(context);
        return parameters;
    }

    private void log(UnitAct act, String detail, Actor actor, Instant now) {
        history.add(new UnitChange(act, detail, actor.userId(), now));
    }

    public String code() {
        return id();
    }

    public LocalizedText name() {
        return name;
    }

    public UnitKind kind() {
        return kind;
    }

    public boolean foreignAffairsOrCommerce() {
        return foreignAffairsOrCommerce;
    }

    public List<Signatory> signatories() {
        return List.copyOf(signatories);
    }

    public List<Clerk> clerks() {
        return List.copyOf(clerks);
    }

    public List<QuotaRaise> quotaRaises() {
        return List.copyOf(quotaRaises);
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public List<UnitChange> history() {
        return List.copyOf(history);
    }
}
