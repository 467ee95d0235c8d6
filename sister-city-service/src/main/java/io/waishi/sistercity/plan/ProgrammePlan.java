package io.waishi.sistercity.plan;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A multi-year programme of exchanges (e.g. the three-year exchange plan with Japan): a period, the
 * countries it is about and the targets it sets. The sister-city officer drafts it and its targets; the FAO
 * director adopts it, after which the targets are fixed so that progress is measured against what was
 * adopted; the officer closes it once its period is over.
 */
@Document("plans")
public class ProgrammePlan extends AggregateRoot {

    /** Roles that read plans and their progress. */
    public static final Role[] READERS = {Role.SISTER_CITY_OFFICER, Role.FAO_OFFICER, Role.FAO_DIRECTOR,
        Role.AUDITOR, Role.ADMIN};
    /** The longest period a plan may span; five-year plans are the longest the office draws up. */
    static final int MAX_YEARS = 5;

    private LocalizedText title;
    private LocalDate startDate;
    private LocalDate endDate;
    private Set<String> countries;
    private final List<PlanTarget> targets;
    private PlanStatus status;
    private final String createdBy;
    private final Instant createdAt;
    private String adoptedBy;
    private Instant adoptedAt;
    private String closedBy;
    private Instant closedAt;

    @PersistenceCreator
    ProgrammePlan(String id, Long version, LocalizedText title, LocalDate startDate, LocalDate endDate,
            Set<String> countries, List<PlanTarget> targets, PlanStatus status, String createdBy, Instant createdAt,
            String adoptedBy, Instant adoptedAt, String closedBy, Instant closedAt) {
        super(id, version);
        this.title = title;
        this.startDate = startDate;
        this.endDate = endDate;
        this.countries = countries == null ? Set.of() : Set.copyOf(countries);
        this.targets = targets == null ? new ArrayList<>() : new ArrayList<>(targets);
        this.status = status;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.adoptedBy = adoptedBy;
        this.adoptedAt = adoptedAt;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
    }

    /** The officer drafts a plan: its title, period and target countries; targets follow. */
    public static ProgrammePlan draft(String id, Actor officer, LocalizedText title, LocalDate startDate,
            LocalDate endDate, Set<String> countries, Instant now) {
        officer.require("draft a programme plan", Role.SISTER_CITY_OFFICER);
        ProgrammePlan plan = new ProgrammePlan(id, null, null, null, null, null, null, PlanStatus.DRAFT,
                officer.userId(), now, null, null, null, null);
        plan.describe(title, startDate, endDate, countries);
        return plan;
    }

    /** The officer corrects the title, period or countries of a draft. */
    public void revise(Actor officer, LocalizedText title, LocalDate startDate, LocalDate endDate,
            Set<String> countries) {
        requireDraft(officer, "revise the plan");
        describe(title, startDate, endDate, countries);
    }

    /** The officer adds a target to a draft, or replaces the one with the same id. */
    public void putTarget(Actor officer, PlanTarget target) {
        requireDraft(officer, "set a target");
        if (!countries.containsAll(target.criteria().countries())) {
            throw new IllegalArgumentException("A target's countries must be among the plan's " + countries);
        }
        targets.removeIf(existing -> existing.id().equals(target.id()));
        targets.add(target);
    }

    /** The officer removes a target from a draft. */
    public void removeTarget(Actor officer, String targetId) {
        requireDraft(officer, "remove a target");
        if (!targets.removeIf(existing -> existing.id().equals(targetId))) {
            throw new IllegalArgumentException("The plan has no target " + targetId);
        }
    }

    /** The FAO director adopts the draft; it needs at least one target. */
    public void adopt(Actor director, Instant now) {
        require(PlanStatus.DRAFT, "adopt the plan");
        director.require("adopt a programme plan", Role.FAO_DIRECTOR);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("A plan is adopted with at least one target");
        }
        status = PlanStatus.ADOPTED;
        adoptedBy = director.userId();
        adoptedAt = now;
    }

    /** The officer closes an adopted plan once its last day has passed; its progress stays readable. */
    public void close(Actor officer, LocalDate today, Instant now) {
        require(PlanStatus.ADOPTED, "close the plan");
        officer.require("close a programme plan", Role.SISTER_CITY_OFFICER);
        if (!today.isAfter(endDate)) {
            throw new IllegalArgumentException("A plan is closed after its last day, " + endDate);
        }
        status = PlanStatus.CLOSED;
        closedBy = officer.userId();
        closedAt = now;
    }

    private void describe(LocalizedText title, LocalDate startDate, LocalDate endDate, Set<String> countries) {
        if (title == null || startDate == null || endDate == null) {
            throw new IllegalArgumentException("A plan needs its title and period");
        }
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("A plan cannot end before it starts");
        }
        if (endDate.isAfter(startDate.plusYears(MAX_YEARS).minusDays(1))) {
            throw new IllegalArgumentException("A plan spans at most " + MAX_YEARS + " years");
        }
        if (countries == null || countries.isEmpty()) {
            throw new IllegalArgumentException("A plan names the countries it is about");
        }
        Set<String> codes = new HashSet<>();
        for (String country : countries) {
            if (country == null || !country.strip().matches("[A-Za-z]{2}")) {
                throw new IllegalArgumentException("Countries are ISO 3166-1 alpha-2 codes: " + country);
            }
            codes.add(country.strip().toUpperCase(Locale.ROOT));
        }
        boolean narrowed = targets.stream().anyMatch(target -> !codes.containsAll(target.criteria().countries()));
        if (narrowed) {
            throw new IllegalArgumentException("A target is about a country the plan would no longer name");
        }
        this.title = title;
        this.startDate = startDate;
        this.endDate = endDate;
        this.countries = Set.copyOf(codes);
    }

    private void requireDraft(Actor officer, String act) {
        require(PlanStatus.DRAFT, act);
        officer.require(act, Role.SISTER_CITY_OFFICER);
    }

    private void require(PlanStatus expected, String act) {
        if (status != expected) {
            throw new ActNotAllowedInStateException(act, status.name());
        }
    }

    /** The countries a target counts: its own, or the plan's when it names none. */
    public Set<String> countriesOf(PlanTarget target) {
        return target.criteria().countries().isEmpty() ? countries : target.criteria().countries();
    }

    public LocalizedText title() {
        return title;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public Set<String> countries() {
        return countries;
    }

    public List<PlanTarget> targets() {
        return List.copyOf(targets);
    }

    public PlanStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String adoptedBy() {
        return adoptedBy;
    }

    public Instant adoptedAt() {
        return adoptedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
