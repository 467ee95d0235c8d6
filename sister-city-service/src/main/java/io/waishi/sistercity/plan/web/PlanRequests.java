package io.waishi.sistercity.plan.web;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.sistercity.activity.ExchangeActivity;
import io.waishi.sistercity.plan.PlanStatus;
import io.waishi.sistercity.plan.PlanTarget;
import io.waishi.sistercity.plan.ProgrammePlan;
import io.waishi.sistercity.plan.Progress;
import io.waishi.sistercity.plan.TargetCriteria;
import io.waishi.sistercity.plan.TargetMeasure;
import io.waishi.sistercity.project.ProjectStage;
import io.waishi.sistercity.relationship.CooperationField;
import io.waishi.sistercity.relationship.RelationshipKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The request and response bodies of the programme-plan API. */
final class PlanRequests {

    private PlanRequests() {
    }

    record TextRequest(@NotBlank @Size(max = 300) String zh, @Size(max = 300) String en) {

        LocalizedText toText() {
            return LocalizedText.of(zh, en);
        }
    }

    record PlanRequest(@NotNull @Valid TextRequest title, @NotNull LocalDate startDate, @NotNull LocalDate endDate,
            @NotEmpty @Size(max = 30) Set<@Pattern(regexp = "[A-Za-z]{2}") String> countries) {
    }

    record TargetRequest(@NotNull @Valid TextRequest description, @NotNull TargetMeasure measure,
            @NotNull @Min(1) @Max(10_000) Integer required,
            @Size(max = 30) Set<@Pattern(regexp = "[A-Za-z]{2}") String> countries,
            ExchangeActivity.Direction direction, CooperationField field,
            @Size(max = 50) @Pattern(regexp = "[\\p{L}\\p{N} _-]*") String tag, RelationshipKind kind,
            ProjectStage stage) {

        PlanTarget toTarget(String id) {
            return new PlanTarget(id, description.toText(), measure,
                    new TargetCriteria(countries, direction, field, tag, kind, stage), required);
        }
    }

    record TargetProgressView(String targetId, LocalizedText description, TargetMeasure measure,
            TargetCriteria criteria, Set<String> countries, int required, int achieved, int pending, int percent,
            boolean met, List<String> contributors) {
    }

    record ProgressView(int percent, long targetsMet, int targetCount, List<TargetProgressView> targets) {

        static ProgressView of(ProgrammePlan plan, Progress.PlanProgress progress) {
            return new ProgressView(progress.percent(), progress.targetsMet(), progress.targets().size(),
                    progress.targets().stream().map(target -> new TargetProgressView(target.target().id(),
                            target.target().description(), target.target().measure(), target.target().criteria(),
                            plan.countriesOf(target.target()), target.target().required(), target.achieved(),
                            target.pending(), target.percent(), target.met(), target.contributors())).toList());
        }
    }

    record PlanView(String id, LocalizedText title, LocalDate startDate, LocalDate endDate, Set<String> countries,
            PlanStatus status, String createdBy, Instant createdAt, String adoptedBy, Instant adoptedAt,
            String closedBy, Instant closedAt, ProgressView progress, long version) {

        static PlanView of(ProgrammePlan plan, Progress.PlanProgress progress) {
            return new PlanView(plan.id(), plan.title(), plan.startDate(), plan.endDate(), plan.countries(),
                    plan.status(), plan.createdBy(), plan.createdAt(), plan.adoptedBy(), plan.adoptedAt(),
                    plan.closedBy(), plan.closedAt(), ProgressView.of(plan, progress),
                    plan.version() == null ? 0 : plan.version());
        }
    }
}
