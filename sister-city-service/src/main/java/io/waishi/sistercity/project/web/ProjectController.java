package io.waishi.sistercity.project.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.sistercity.project.CooperationProject;
import io.waishi.sistercity.project.ProjectSearch;
import io.waishi.sistercity.project.ProjectService;
import io.waishi.sistercity.project.ProjectStage;
import io.waishi.sistercity.project.web.ProjectRequests.BoardView;
import io.waishi.sistercity.project.web.ProjectRequests.DropRequest;
import io.waishi.sistercity.project.web.ProjectRequests.FigureRequest;
import io.waishi.sistercity.project.web.ProjectRequests.MilestoneRequest;
import io.waishi.sistercity.project.web.ProjectRequests.NoteRequest;
import io.waishi.sistercity.project.web.ProjectRequests.ProjectView;
import io.waishi.sistercity.project.web.ProjectRequests.ProposeProject;
import io.waishi.sistercity.project.web.ProjectRequests.ReachedRequest;
import io.waishi.sistercity.project.web.ProjectRequests.StallRequest;
import io.waishi.sistercity.relationship.CooperationField;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
 * Cooperation projects over HTTP. Every step is its own command with If-Match; each answers with the
 * project, its new ETag and the acts the caller may perform next. The board counts projects by stage.
 */
@RestController
@RequestMapping("/api/sister-cities/projects")
@Tag(name = "Cooperation projects", description = "Cooperation projects with partner cities (合作项目)")
class ProjectController {

    private final ProjectService service;

    ProjectController(ProjectService service) {
        this.service = service;
    }

    private static ResponseEntity<ProjectView> command(String ifMatch, Actor actor,
            Function<Long, CooperationProject> command) {
        return ETags.command(ifMatch, command, project -> ProjectView.of(project, actor));
    }

    @PostMapping
    @Operation(summary = "Propose a cooperation project with a registered partner city (sister-city officer)")
    ResponseEntity<ProjectView> propose(@Valid @RequestBody ProposeProject request, Actor actor) {
        CooperationProject project = service.propose(actor, request.toProposal());
        return ResponseEntity.created(URI.create("/api/sister-cities/projects/" + project.id()))
                .eTag(ETags.of(project.version()))
                .body(ProjectView.of(project, actor));
    }

    @GetMapping("/{id}")
    ResponseEntity<ProjectView> get(@PathVariable String id, Actor actor) {
        CooperationProject project = service.get(actor, id);
        return ETags.ok(ProjectView.of(project, actor), project.version());
    }

    @GetMapping
    @Operation(summary = "Projects by partner city, stage and cooperation field, newest first")
    PageOf<ProjectView> list(@RequestParam(required = false) String partnerCityId,
            @RequestParam(required = false) ProjectStage stage, @RequestParam(required = false) CooperationField field,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        Page<CooperationProject> found = service.list(actor, new ProjectSearch.Filter(partnerCityId, stage, field),
                request.page(), request.size());
        return PageOf.of(found, request, project -> ProjectView.of(project, actor));
    }

    @GetMapping("/board")
    @Operation(summary = "The board: for every stage, how many projects and the newest of them (perStage, ≤ 100)")
    BoardView board(@RequestParam(required = false) String partnerCityId,
            @RequestParam(required = false) CooperationField field, @RequestParam(defaultValue = "20") int perStage,
            Actor actor) {
        int limit = PageOf.request(0, perStage).size();
        return BoardView.of(service.board(actor, new ProjectSearch.Filter(partnerCityId, null, field), limit));
    }

    @PostMapping("/{id}/start-negotiating")
    @Operation(summary = "Start negotiating the project idea with the partner's side (sister-city officer)")
    ResponseEntity<ProjectView> startNegotiating(@PathVariable String id,
            @Valid @RequestBody(required = false) NoteRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.startNegotiating(actor, id, version, note(request)));
    }

    @PostMapping("/{id}/agree")
    @Operation(summary = "Record the project as agreed by both sides (sister-city officer)")
    ResponseEntity<ProjectView> agree(@PathVariable String id,
            @Valid @RequestBody(required = false) NoteRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.agree(actor, id, version, note(request)));
    }

    @PostMapping("/{id}/start-implementing")
    @Operation(summary = "Start implementing the agreed project (sister-city officer)")
    ResponseEntity<ProjectView> startImplementing(@PathVariable String id,
            @Valid @RequestBody(required = false) NoteRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.startImplementing(actor, id, version, note(request)));
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Record the project as completed, once every milestone is reached or dropped (sister-city officer)")
    ResponseEntity<ProjectView> complete(@PathVariable String id,
            @Valid @RequestBody(required = false) NoteRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.complete(actor, id, version, note(request)));
    }

    @PostMapping("/{id}/stall")
    @Operation(summary = "Mark the project stalled, with the reason (sister-city officer)")
    ResponseEntity<ProjectView> stall(@PathVariable String id, @Valid @RequestBody StallRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.stall(actor, id, version, request.reason()));
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Resume a stalled project at the stage it stalled from (sister-city officer)")
    ResponseEntity<ProjectView> resume(@PathVariable String id,
            @Valid @RequestBody(required = false) NoteRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.resume(actor, id, version, note(request)));
    }

    @PostMapping("/{id}/milestones")
    @Operation(summary = "Add a milestone; ids run m-1, m-2, … (sister-city officer)")
    ResponseEntity<ProjectView> addMilestone(@PathVariable String id, @Valid @RequestBody MilestoneRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.addMilestone(actor, id, version, request.title().toText(),
                request.dueDate()));
    }

    @PutMapping("/{id}/milestones/{milestoneId}")
    @Operation(summary = "Change an open milestone's title and due date (sister-city officer)")
    ResponseEntity<ProjectView> editMilestone(@PathVariable String id, @PathVariable String milestoneId,
            @Valid @RequestBody MilestoneRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.editMilestone(actor, id, version, milestoneId,
                request.title().toText(), request.dueDate()));
    }

    @PostMapping("/{id}/milestones/{milestoneId}/reached")
    @Operation(summary = "Record a milestone as reached on a day, once the project is agreed (sister-city officer)")
    ResponseEntity<ProjectView> reachMilestone(@PathVariable String id, @PathVariable String milestoneId,
            @Valid @RequestBody ReachedRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor,
                version -> service.reachMilestone(actor, id, version, milestoneId, request.reachedOn()));
    }

    @PostMapping("/{id}/milestones/{milestoneId}/dropped")
    @Operation(summary = "Drop an open milestone with the reason (sister-city officer)")
    ResponseEntity<ProjectView> dropMilestone(@PathVariable String id, @PathVariable String milestoneId,
            @Valid @RequestBody DropRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor,
                version -> service.dropMilestone(actor, id, version, milestoneId, request.reason()));
    }

    @PutMapping("/{id}/figures/{key}")
    @Operation(summary = "Record or update the outcome figure under its key, e.g. investment-signed (sister-city officer)")
    ResponseEntity<ProjectView> putFigure(@PathVariable String id, @PathVariable String key,
            @Valid @RequestBody FigureRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.recordFigure(actor, id, version, key,
                request.label().toText(), request.value(), request.unit()));
    }

    private static String note(NoteRequest request) {
        return request == null ? null : request.note();
    }
}
