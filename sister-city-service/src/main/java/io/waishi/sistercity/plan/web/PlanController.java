package io.waishi.sistercity.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.sistercity.plan.PlanService;
import io.waishi.sistercity.plan.PlanStatus;
import io.waishi.sistercity.plan.ProgrammePlan;
import io.waishi.sistercity.plan.web.PlanRequests.PlanRequest;
import io.waishi.sistercity.plan.web.PlanRequests.PlanView;
import io.waishi.sistercity.plan.web.PlanRequests.ProgressView;
import io.waishi.sistercity.plan.web.PlanRequests.TargetRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programme plans over HTTP. Every answer carries the plan's progress as measured now, so the console's
 * progress bars need no second call; changes take If-Match.
 */
@RestController
@Validated
@RequestMapping("/api/sister-cities/plans")
@Tag(name = "Programme plans", description = "Multi-year exchange plans with targets and measured progress")
class PlanController {

    private static final String TARGET_ID = "[a-z0-9][a-z0-9-]{0,49}";

    private final PlanService service;

    PlanController(PlanService service) {
        this.service = service;
    }

    private PlanView view(ProgrammePlan plan) {
        return PlanView.of(plan, service.progress(plan));
    }

    private ResponseEntity<PlanView> command(String ifMatch, Function<Long, ProgrammePlan> command) {
        return ETags.command(ifMatch, command, this::view);
    }

    @PostMapping
    @Operation(summary = "Draft a programme plan: title, period and countries (sister-city officer)")
    ResponseEntity<PlanView> draft(@Valid @RequestBody PlanRequest request, Actor actor) {
        ProgrammePlan plan = service.draft(actor, request.title().toText(), request.startDate(), request.endDate(),
                request.countries());
        return ResponseEntity.created(URI.create("/api/sister-cities/plans/" + plan.id()))
                .eTag(ETags.of(plan.version())).body(view(plan));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A plan with its targets and their progress measured now")
    ResponseEntity<PlanView> get(@PathVariable String id, Actor actor) {
        ProgrammePlan plan = service.get(actor, id);
        return ETags.ok(view(plan), plan.version());
    }

    @GetMapping("/{id}/progress")
    @Operation(summary = "The plan's progress only: per target achieved, pending, percent and the records counted")
    ProgressView progress(@PathVariable String id, Actor actor) {
        ProgrammePlan plan = service.get(actor, id);
        return ProgressView.of(plan, service.progress(plan));
    }

    @GetMapping
    @Operation(summary = "Plans by status, latest period first, each with its progress")
    PageOf<PlanView> list(@RequestParam(required = false) PlanStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        Page<ProgrammePlan> found = service.list(actor, status,
                PageRequest.of(request.page(), request.size(), Sort.by(Sort.Direction.DESC, "startDate")));
        return PageOf.of(found, request, this::view);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a draft's title, period or countries (sister-city officer)")
    ResponseEntity<PlanView> revise(@PathVariable String id, @Valid @RequestBody PlanRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, version -> service.revise(actor, id, version, request.title().toText(),
                request.startDate(), request.endDate(), request.countries()));
    }

    @PutMapping("/{id}/targets/{targetId}")
    @Operation(summary = "Set a target of a draft, by an id of lower-case letters, digits and hyphens (sister-city officer)")
    ResponseEntity<PlanView> putTarget(@PathVariable String id,
            @PathVariable @Pattern(regexp = TARGET_ID) String targetId, @Valid @RequestBody TargetRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, version -> service.putTarget(actor, id, version, request.toTarget(targetId)));
    }

    @DeleteMapping("/{id}/targets/{targetId}")
    @Operation(summary = "Remove a target from a draft (sister-city officer)")
    ResponseEntity<PlanView> removeTarget(@PathVariable String id, @PathVariable String targetId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, version -> service.removeTarget(actor, id, version, targetId));
    }

    @PostMapping("/{id}/adopt")
    @Operation(summary = "Adopt the plan; its targets are fixed from now on (FAO director)")
    ResponseEntity<PlanView> adopt(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, version -> service.adopt(actor, id, version));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close an adopted plan after its last day (sister-city officer)")
    ResponseEntity<PlanView> close(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, version -> service.close(actor, id, version));
    }
}
