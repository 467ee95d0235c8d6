package io.waishi.sistercity.plan;

import io.waishi.platform.command.Commands;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.sistercity.OfficeDay;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The use cases on programme plans: draft, set targets, adopt, close, and measure progress. */
@Service
public class PlanService {

    private final ProgrammePlans plans;
    private final PlanMeasurement measurement;
    private final OfficeDay officeDay;
    private final Clock clock;

    PlanService(ProgrammePlans plans, PlanMeasurement measurement,
            OfficeDay officeDay, Clock clock) {
        this.plans = plans;
        this.measurement = measurement;
        this.officeDay = officeDay;
        this.clock = clock;
    }

    public ProgrammePlan draft(Actor officer, LocalizedText title, LocalDate startDate, LocalDate endDate,
            Set<String> countries) {
        return plans.insert(ProgrammePlan.draft(UUID.randomUUID().toString(), officer, title, startDate, endDate,
                countries, clock.instant()));
    }

    public ProgrammePlan get(Actor actor, String id) {
        actor.require("read programme plans", ProgrammePlan.READERS);
        return plans.findById(id).orElseThrow(() -> new NotFoundException("Programme plan", id));
    }

    public Page<ProgrammePlan> list(Actor actor, PlanStatus status, Pageable page) {
        actor.require("read programme plans", ProgrammePlan.READERS);
        return status == null ? plans.findAll(page) : plans.findByStatus(status, page);
    }

    /** The plan's progress as of now, measured from the records that count. */
    public Progress.PlanProgress progress(ProgrammePlan plan) {
        return measurement.measure(plan);
    }

    public ProgrammePlan revise(Actor officer, String id, Long expectedVersion, LocalizedText title,
            LocalDate startDate, LocalDate endDate, Set<String> countries) {
        return act(officer, id, expectedVersion, plan -> plan.revise(officer, title, startDate, endDate, countries));
    }

    public ProgrammePlan putTarget(Actor officer, String id, Long expectedVersion, PlanTarget target) {
        return act(officer, id, expectedVersion, plan -> plan.putTarget(officer, target));
    }

    public ProgrammePlan removeTarget(Actor officer, String id, Long expectedVersion, String targetId) {
        return act(officer, id, expectedVersion, plan -> plan.removeTarget(officer, targetId));
    }

    public ProgrammePlan adopt(Actor director, String id, Long expectedVersion) {
        return act(director, id, expectedVersion, plan -> plan.adopt(director, clock.instant()));
    }

    public ProgrammePlan close(Actor officer, String id, Long expectedVersion) {
        return act(officer, id, expectedVersion,
                plan -> plan.close(officer, officeDay.today(), clock.instant()));
    }

    private ProgrammePlan act(Actor actor, String id, Long expectedVersion, Consumer<ProgrammePlan> act) {
        return Commands.onCurrentVersion(() -> get(actor, id), expectedVersion, act, plans::save);
    }
}
