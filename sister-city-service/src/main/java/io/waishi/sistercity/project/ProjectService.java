package io.waishi.sistercity.project;

import io.waishi.platform.command.Commands;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.sistercity.OfficeDay;
import io.waishi.sistercity.partner.PartnerCities;
import io.waishi.sistercity.relationship.Relationship;
import io.waishi.sistercity.relationship.Relationships;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The use cases on cooperation projects: propose (with a registered partner and, when linked, a relationship
 * with that partner), load, let the project act, save; the list and the board by stage.
 */
@Service
public class ProjectService {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt");

    private final CooperationProjects projects;
    private final PartnerCities partnerCities;
    private final Relationships relationships;
    private final Clock clock;
    private final OfficeDay officeDay;

    ProjectService(CooperationProjects projects, PartnerCities partnerCities, Relationships relationships,
            Clock clock, OfficeDay officeDay) {
        this.projects = projects;
        this.partnerCities = partnerCities;
        this.relationships = relationships;
        this.clock = clock;
        this.officeDay = officeDay;
    }

    public CooperationProject propose(Actor officer, ProjectProposal proposal) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!partnerCities.existsById(proposal.partnerCityId())) {
            violations.add(ProjectRules.partnerUnknown(proposal.partnerCityId()));
        }
        if (proposal.relationshipId() != null) {
            Optional<Relationship> relationship = relationships.findById(proposal.relationshipId());
            if (relationship.isEmpty()) {
                violations.add(ProjectRules.relationshipUnknown(proposal.relationshipId()));
            } else if (!relationship.get().partnerCityId().equals(proposal.partnerCityId())) {
                violations.add(ProjectRules.relationshipWithAnotherPartner(proposal.relationshipId(),
                        relationship.get().partnerCityId(), proposal.partnerCityId()));
            }
        }
        CooperationProject project = CooperationProject.propose(UUID.randomUUID().toString(), officer, proposal,
                clock.instant());
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return projects.save(project);
    }

    public CooperationProject get(Actor actor, String id) {
        actor.require("read cooperation projects", CooperationProject.READERS);
        return projects.findById(id).orElseThrow(() -> new NotFoundException("Cooperation project", id));
    }

    /** Projects matching the filters, newest first. */
    public Page<CooperationProject> list(Actor actor, ProjectSearch.Filter filter, int page, int size) {
        actor.require("read cooperation projects", CooperationProject.READERS);
        return projects.search(filter, PageRequest.of(page, size, NEWEST_FIRST));
    }

    /** Every stage in path order with its count and its newest {@code perStage} projects; the stage filter is ignored. */
    public ProjectBoard board(Actor actor, ProjectSearch.Filter filter, int perStage) {
        actor.require("read cooperation projects", CooperationProject.READERS);
        List<ProjectBoard.Column> columns = new ArrayList<>();
        long total = 0;
        for (ProjectStage stage : ProjectStage.values()) {
            Page<CooperationProject> found = projects.search(filter.withStage(stage),
                    PageRequest.of(0, perStage, NEWEST_FIRST));
            columns.add(new ProjectBoard.Column(stage, found.getTotalElements(), found.getContent()));
            total += found.getTotalElements();
        }
        return new ProjectBoard(columns, total);
    }

    public CooperationProject startNegotiating(Actor officer, String id, Long expectedVersion, String note) {
        return act(officer, id, expectedVersion, project -> project.startNegotiating(officer, note, clock.instant()));
    }

    public CooperationProject agree(Actor officer, String id, Long expectedVersion, String note) {
        return act(officer, id, expectedVersion, project -> project.agree(officer, note, clock.instant()));
    }

    public CooperationProject startImplementing(Actor officer, String id, Long expectedVersion, String note) {
        return act(officer, id, expectedVersion, project -> project.startImplementing(officer, note, clock.instant()));
    }

    public CooperationProject complete(Actor officer, String id, Long expectedVersion, String note) {
        return act(officer, id, expectedVersion, project -> project.complete(officer, note, clock.instant()));
    }

    public CooperationProject stall(Actor officer, String id, Long expectedVersion, String reason) {
        return act(officer, id, expectedVersion, project -> project.stall(officer, reason, clock.instant()));
    }

    public CooperationProject resume(Actor officer, String id, Long expectedVersion, String note) {
        return act(officer, id, expectedVersion, project -> project.resume(officer, note, clock.instant()));
    }

    public CooperationProject addMilestone(Actor officer, String id, Long expectedVersion, LocalizedText title,
            LocalDate dueDate) {
        return act(officer, id, expectedVersion, project -> project.addMilestone(officer, title, dueDate));
    }

    public CooperationProject editMilestone(Actor officer, String id, Long expectedVersion, String milestoneId,
            LocalizedText title, LocalDate dueDate) {
        return act(officer, id, expectedVersion, project -> project.editMilestone(officer, milestoneId, title, dueDate));
    }

    public CooperationProject dropMilestone(Actor officer, String id, Long expectedVersion, String milestoneId,
            String reason) {
        return act(officer, id, expectedVersion, project -> project.dropMilestone(officer, milestoneId, reason));
    }

    public CooperationProject reachMilestone(Actor officer, String id, Long expectedVersion, String milestoneId,
            LocalDate reachedOn) {
        return act(officer, id, expectedVersion, project -> project.reachMilestone(officer, milestoneId, reachedOn,
                officeDay.today(), clock.instant()));
    }

    public CooperationProject recordFigure(Actor officer, String id, Long expectedVersion, String key,
            LocalizedText label, BigDecimal value, String unit) {
        return act(officer, id, expectedVersion,
                project -> project.recordFigure(officer, key, label, value, unit, clock.instant()));
    }

    private CooperationProject act(Actor actor, String id, Long expectedVersion, Consumer<CooperationProject> act) {
        return Commands.onCurrentVersion(() -> get(actor, id), expectedVersion, act, projects::save);
    }
}
