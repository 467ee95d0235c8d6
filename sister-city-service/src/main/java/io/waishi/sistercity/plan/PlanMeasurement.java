package io.waishi.sistercity.plan;

import io.waishi.sistercity.OfficeDay;
import io.waishi.sistercity.activity.ExchangeActivities;
import io.waishi.sistercity.activity.ExchangeActivity;
import io.waishi.sistercity.partner.PartnerCities;
import io.waishi.sistercity.partner.PartnerCity;
import io.waishi.sistercity.project.CooperationProject;
import io.waishi.sistercity.project.CooperationProjects;
import io.waishi.sistercity.project.ProjectStage;
import io.waishi.sistercity.relationship.Relationship;
import io.waishi.sistercity.relationship.RelationshipKind;
import io.waishi.sistercity.relationship.RelationshipStage;
import io.waishi.sistercity.relationship.Relationships;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Measures a plan's targets against the records that count, so progress is never typed in: exchanges held
 * within the period (a planned one is pending; a cancelled one counts nowhere), relationships whose
 * agreement was signed within the period (one still on its approval path, or at the letter of intent, is
 * pending; a terminated one no longer counts), projects that reached a stage within the period (one not there
 * yet is pending). A record counts for a target when its partner city is in one of the target's countries.
 */
@Component
class PlanMeasurement {

    private static final Set<RelationshipStage> ON_THE_WAY = Set.of(RelationshipStage.INTENT_SIGNED,
            RelationshipStage.EXCHANGING, RelationshipStage.CITY_APPROVED, RelationshipStage.PROVINCE_REVIEWED,
            RelationshipStage.CPAFFC_APPROVED);

    private final PartnerCities partners;
    private final ExchangeActivities activities;
    private final Relationships relationships;
    private final CooperationProjects projects;
    private final OfficeDay officeDay;

    PlanMeasurement(PartnerCities partners, ExchangeActivities activities, Relationships relationships,
            CooperationProjects projects, OfficeDay officeDay) {
        this.partners = partners;
        this.activities = activities;
        this.relationships = relationships;
        this.projects = projects;
        this.officeDay = officeDay;
    }

    Progress.PlanProgress measure(ProgrammePlan plan) {
        List<Progress.TargetProgress> measured = new ArrayList<>();
        for (PlanTarget target : plan.targets()) {
            Set<String> partnerIds = partners.findByCountryIn(plan.countriesOf(target)).stream()
                    .map(PartnerCity::id).collect(Collectors.toSet());
            measured.add(switch (target.measure()) {
                case ACTIVITIES_HELD -> activitiesHeld(plan, target, partnerIds);
                case RELATIONSHIPS_SIGNED -> relationshipsSigned(plan, target, partnerIds);
                case PROJECTS_REACHING_STAGE -> projectsReaching(plan, target, partnerIds);
            });
        }
        return new Progress.PlanProgress(measured);
    }

    private Progress.TargetProgress activitiesHeld(ProgrammePlan plan, PlanTarget target, Set<String> partnerIds) {
        TargetCriteria criteria = target.criteria();
        List<String> held = new ArrayList<>();
        int pending = 0;
        for (ExchangeActivity activity : partnerIds.isEmpty() ? List.<ExchangeActivity>of()
                : activities.findByPartnerCityIdIn(partnerIds)) {
            if ((criteria.direction() != null && activity.direction() != criteria.direction())
                    || (criteria.field() != null && activity.field() != criteria.field())
                    || (criteria.tag() != null && !activity.tags().contains(criteria.tag()))) {
                continue;
            }
            if (activity.status() == ExchangeActivity.Status.HELD && within(plan, activity.endDate())) {
                held.add(activity.id());
            } else if (activity.status() == ExchangeActivity.Status.PLANNED && within(plan, activity.startDate())) {
                pending++;
            }
        }
        return new Progress.TargetProgress(target, held.size(), pending, held);
    }

    private Progress.TargetProgress relationshipsSigned(ProgrammePlan plan, PlanTarget target,
            Set<String> partnerIds) {
        RelationshipKind kind = target.criteria().kind();
        List<String> signed = new ArrayList<>();
        int pending = 0;
        for (Relationship relationship : partnerIds.isEmpty() ? List.<Relationship>of()
                : relationships.findByPartnerCityIdIn(partnerIds)) {
            boolean kindMatches = relationship.kind() == kind;
            if (kindMatches && relationship.agreement() != null && relationship.stage() != RelationshipStage.TERMINATED
                    && within(plan, relationship.agreement().date())) {
                signed.add(relationship.id());
            } else if (ON_THE_WAY.contains(relationship.stage())
                    && (kindMatches || relationship.kind() == RelationshipKind.LETTER_OF_INTENT)) {
                pending++;
            }
        }
        return new Progress.TargetProgress(target, signed.size(), pending, signed);
    }

    /**
     * A project counts when, within the period, it first reached the target's stage or one after it on the
     * main line (idea → negotiating → agreed → implementing → completed); one not there yet is pending.
     */
    private Progress.TargetProgress projectsReaching(ProgrammePlan plan, PlanTarget target, Set<String> partnerIds) {
        ProjectStage goal = target.criteria().stage();
        List<String> reached = new ArrayList<>();
        int pending = 0;
        for (CooperationProject project : partnerIds.isEmpty() ? List.<CooperationProject>of()
                : projects.findByPartnerCityIdIn(partnerIds)) {
            if (target.criteria().field() != null && project.field() != target.criteria().field()) {
                continue;
            }
            Optional<LocalDate> reachedOn = project.history().stream()
                    .filter(step -> step.to() != ProjectStage.STALLED && step.to().ordinal() >= goal.ordinal())
                    .map(step -> officeDay.dayOf(step.at())).min(LocalDate::compareTo);
            if (reachedOn.isPresent()) {
                if (within(plan, reachedOn.get())) {
                    reached.add(project.id());
                }
            } else {
                pending++;
            }
        }
        return new Progress.TargetProgress(target, reached.size(), pending, reached);
    }

    private static boolean within(ProgrammePlan plan, LocalDate date) {
        return date != null && !date.isBefore(plan.startDate()) && !date.isAfter(plan.endDate());
    }
}
