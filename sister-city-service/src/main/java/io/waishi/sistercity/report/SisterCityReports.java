package io.waishi.sistercity.report;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import io.waishi.sistercity.OfficeDay;
import io.waishi.sistercity.activity.ExchangeActivities;
import io.waishi.sistercity.activity.ExchangeActivity;
import io.waishi.sistercity.partner.PartnerCities;
import io.waishi.sistercity.partner.PartnerCity;
import io.waishi.sistercity.plan.PlanService;
import io.waishi.sistercity.plan.PlanStatus;
import io.waishi.sistercity.plan.ProgrammePlan;
import io.waishi.sistercity.plan.ProgrammePlans;
import io.waishi.sistercity.plan.Progress;
import io.waishi.sistercity.project.CooperationProject;
import io.waishi.sistercity.project.CooperationProjects;
import io.waishi.sistercity.project.ProjectStage;
import io.waishi.sistercity.project.ProjectStageChange;
import io.waishi.sistercity.relationship.Relationship;
import io.waishi.sistercity.relationship.RelationshipStage;
import io.waishi.sistercity.relationship.Relationships;
import io.waishi.sistercity.report.Summaries.Activities;
import io.waishi.sistercity.report.Summaries.FieldAndDirection;
import io.waishi.sistercity.report.Summaries.PartnerLine;
import io.waishi.sistercity.report.Summaries.PartnerReport;
import io.waishi.sistercity.report.Summaries.PlanLine;
import io.waishi.sistercity.report.Summaries.Projects;
import io.waishi.sistercity.report.Summaries.RelationshipLine;
import io.waishi.sistercity.report.Summaries.TargetLine;
import io.waishi.sistercity.report.Summaries.YearReport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.data.domain.Range;
import org.springframework.stereotype.Service;

/**
 * The yearly and per-partner summaries: exchanges by field and direction, projects by stage, relationships
 * signed and plan progress. An exchange belongs to the year it starts in; a project's moves and a signing to
 * the office-time-zone day they happened.
 */
@Service
public class SisterCityReports {

    private static final Role[] READERS = {Role.SISTER_CITY_OFFICER, Role.FAO_OFFICER, Role.FAO_DIRECTOR,
        Role.AUDITOR, Role.ADMIN};

    private final ExchangeActivities activities;
    private final CooperationProjects projects;
    private final Relationships relationships;
    private final PartnerCities partners;
    private final ProgrammePlans plans;
    private final PlanService planService;
    private final OfficeDay officeDay;
    private final Clock clock;

    SisterCityReports(ExchangeActivities activities, CooperationProjects projects, Relationships relationships,
            PartnerCities partners, ProgrammePlans plans, PlanService planService,
            OfficeDay officeDay, Clock clock) {
        this.activities = activities;
        this.projects = projects;
        this.relationships = relationships;
        this.partners = partners;
        this.plans = plans;
        this.planService = planService;
        this.officeDay = officeDay;
        this.clock = clock;
    }

    public YearReport yearly(Actor actor, int year) {
        actor.require("read the sister-city reports", READERS);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Predicate<LocalDate> inYear = date -> date != null && !date.isBefore(first) && !date.isAfter(last);
        List<ExchangeActivity> exchanges = activities.findByStartDateBetweenOrderByStartDateAsc(Range.closed(first, last));
        Map<String, PartnerCity> partnersById = partners.findAll().stream()
                .collect(Collectors.toMap(PartnerCity::id, Function.identity()));

        List<PartnerLine> byPartner = exchanges.stream().collect(Collectors.groupingBy(ExchangeActivity::partnerCityId,
                TreeMap::new, Collectors.toList())).entrySet().stream()
                .filter(entry -> partnersById.containsKey(entry.getKey()))
                .map(entry -> {
                    PartnerCity partner = partnersById.get(entry.getKey());
                    return new PartnerLine(partner.id(), name(partner), partner.country(),
                            count(entry.getValue(), ExchangeActivity.Status.HELD),
                            count(entry.getValue(), ExchangeActivity.Status.PLANNED));
                })
                .sorted(Comparator.comparing(PartnerLine::held).reversed().thenComparing(line -> line.name().enOrZh()))
                .toList();

        List<Relationship> all = relationships.findAll();
        List<RelationshipLine> signed = all.stream()
                .filter(relationship -> relationship.agreement() != null && inYear.test(relationship.agreement().date()))
                .map(relationship -> line(relationship, partnersById.get(relationship.partnerCityId())))
                .sorted(Comparator.comparing(RelationshipLine::agreementDate))
                .toList();

        List<PlanLine> planLines = plans.findAll().stream()
                .filter(plan -> plan.status() != PlanStatus.DRAFT)
                .filter(plan -> !plan.endDate().isBefore(first) && !plan.startDate().isAfter(last))
                .sorted(Comparator.comparing(ProgrammePlan::startDate))
                .map(this::planLine)
                .toList();

        return new YearReport(year, clock.instant(), summarise(exchanges), byPartner,
                projectsMoving(projects.findAll(), inYear), signed, byStage(all, Relationship::stage,
                        RelationshipStage.class), planLines);
    }

    public PartnerReport partner(Actor actor, String partnerCityId) {
        actor.require("read the sister-city reports", READERS);
        PartnerCity partner = partners.findById(partnerCityId)
                .orElseThrow(() -> new NotFoundException("Partner city", partnerCityId));
        List<ExchangeActivity> exchanges = activities.findByPartnerCityIdIn(Set.of(partnerCityId));
        LocalDate lastHeld = exchanges.stream().filter(activity -> activity.status() == ExchangeActivity.Status.HELD)
                .map(ExchangeActivity::endDate).max(Comparator.naturalOrder()).orElse(null);
        Map<Integer, Long> heldByYear = exchanges.stream()
                .filter(activity -> activity.status() == ExchangeActivity.Status.HELD)
                .collect(Collectors.groupingBy(activity -> activity.startDate().getYear(), TreeMap::new,
                        Collectors.counting()));
        List<RelationshipLine> lines = relationships.findByPartnerCityIdIn(Set.of(partnerCityId)).stream()
                .map(relationship -> line(relationship, partner)).toList();
        List<PlanLine> planLines = plans.findAll().stream()
                .filter(plan -> plan.status() != PlanStatus.DRAFT && plan.countries().contains(partner.country()))
                .sorted(Comparator.comparing(ProgrammePlan::startDate))
                .map(this::planLine)
                .toList();
        return new PartnerReport(partner.id(), name(partner), partner.country(), clock.instant(), lines,
                lastHeld, summarise(exchanges), heldByYear,
                projectsMoving(projects.findByPartnerCityIdOrderByCreatedAtDesc(partnerCityId), date -> true),
                planLines);
    }

    private static Activities summarise(List<ExchangeActivity> exchanges) {
        List<FieldAndDirection> byField = new ArrayList<>();
        exchanges.stream().filter(activity -> activity.status().counts())
                .collect(Collectors.groupingBy(activity -> Objects.toString(activity.field(), "") + "|"
                        + activity.direction(), TreeMap::new, Collectors.toList()))
                .values().forEach(group -> byField.add(new FieldAndDirection(group.get(0).field(),
                        group.get(0).direction(), count(group, ExchangeActivity.Status.HELD),
                        count(group, ExchangeActivity.Status.PLANNED))));
        long people = exchanges.stream().filter(activity -> activity.status() == ExchangeActivity.Status.HELD)
                .mapToLong(activity -> activity.delegationSize() == null ? 0 : activity.delegationSize()).sum();
        return new Activities(count(exchanges, ExchangeActivity.Status.HELD),
                count(exchanges, ExchangeActivity.Status.PLANNED), count(exchanges, ExchangeActivity.Status.CANCELLED),
                people, byField);
    }

    private static long count(Collection<ExchangeActivity> exchanges, ExchangeActivity.Status status) {
        return exchanges.stream().filter(activity -> activity.status() == status).count();
    }

    private Projects projectsMoving(List<CooperationProject> found, Predicate<LocalDate> inPeriod) {
        long proposed = 0;
        long agreed = 0;
        long completed = 0;
        for (CooperationProject project : found) {
            for (ProjectStageChange change : project.history()) {
                if (!inPeriod.test(day(change.at()))) {
                    continue;
                }
                if (change.from() == null) {
                    proposed++;
                } else if (change.to() == ProjectStage.AGREED) {
                    agreed++;
                } else if (change.to() == ProjectStage.COMPLETED) {
                    completed++;
                }
            }
        }
        return new Projects(byStage(found, CooperationProject::stage, ProjectStage.class), proposed, agreed, completed);
    }

    private static <T, S extends Enum<S>> Map<S, Long> byStage(List<T> items, Function<T, S> stage, Class<S> type) {
        Map<S, Long> counts = new EnumMap<>(type);
        for (S each : type.getEnumConstants()) {
            counts.put(each, 0L);
        }
        items.forEach(item -> counts.merge(stage.apply(item), 1L, Long::sum));
        return counts;
    }

    private static RelationshipLine line(Relationship relationship, PartnerCity partner) {
        return new RelationshipLine(relationship.id(), relationship.partnerCityId(),
                partner == null ? null : name(partner), relationship.kind(), relationship.stage(),
                relationship.agreement() == null ? null : relationship.agreement().date());
    }

    private PlanLine planLine(ProgrammePlan plan) {
        Progress.PlanProgress progress = planService.progress(plan);
        return new PlanLine(plan.id(), plan.title(), plan.startDate(), plan.endDate(), progress.percent(),
                progress.targetsMet(), progress.targets().size(), progress.targets().stream()
                        .map(target -> new TargetLine(target.target().id(), target.target().description(),
                                target.target().required(), target.achieved(), target.pending(), target.percent()))
                        .toList());
    }

    private static LocalizedText name(PartnerCity partner) {
        return LocalizedText.of(partner.names().zh(), partner.names().en());
    }

    private LocalDate day(Instant instant) {
        return instant == null ? null : officeDay.dayOf(instant);
    }
}
