package io.waishi.reception.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.reception.plan.ChecklistState;
import io.waishi.reception.plan.ChecklistTask;
import io.waishi.reception.plan.PlanService;
import io.waishi.reception.plan.ReceptionPlan;
import io.waishi.reception.plan.web.PlanRequests.ChecklistRequest;
import io.waishi.reception.plan.web.PlanRequests.PlanRequest;
import io.waishi.reception.plan.web.PlanRequests.PlanView;
import io.waishi.reception.plan.web.PlanRequests.RevisionSummary;
import io.waishi.reception.plan.web.PlanRequests.RevisionView;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(PlanController.PATH)
@Tag(name = "Reception plans", description = "A visit's reception plan (接待方案), checklist and agenda")
class PlanController {

    static final String PATH = "/api/receptions/visits/{visitId}";

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);
    static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final PlanService service;

    PlanController(PlanService service) {
        this.service = service;
    }

    @PutMapping("/plan")
    @Operation(summary = "Save the plan as its next revision; interpreters and venues are booked (reception officer; "
            + "If-Match, none for the first)")
    ResponseEntity<PlanView> revise(@PathVariable String visitId, @Valid @RequestBody PlanRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return ETags.command(ifMatch, version -> service.revise(actor, visitId, version, request.toContent()),
                PlanView::of);
    }

    @GetMapping("/plan")
    @Operation(summary = "The plan: its current revision and checklist, with its ETag")
    ResponseEntity<PlanView> get(@PathVariable String visitId, Actor actor) {
        ReceptionPlan plan = service.get(actor, visitId);
        return ETags.ok(PlanView.of(plan), plan.version());
    }

    @GetMapping("/plan/versions")
    @Operation(summary = "The plan's revisions, oldest first")
    List<RevisionSummary> versions(@PathVariable String visitId, Actor actor) {
        return service.get(actor, visitId).revisions().stream().map(RevisionSummary::of).toList();
    }

    @GetMapping("/plan/versions/{number}")
    @Operation(summary = "One revision of the plan, as it was saved")
    RevisionView version(@PathVariable String visitId, @PathVariable int number, Actor actor) {
        return RevisionView.of(service.get(actor, visitId).revision(number));
    }

    @PutMapping("/plan/checklist/{task}")
    @Operation(summary = "Give a checklist task an owner and a state (reception officer; If-Match)")
    ResponseEntity<PlanView> checklist(@PathVariable String visitId, @PathVariable ChecklistTask task,
            @Valid @RequestBody ChecklistRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return ETags.command(ifMatch, version -> service.updateChecklist(actor, visitId, version, task, request.owner(),
                ChecklistState.valueOf(request.state())), PlanView::of);
    }

    @GetMapping(value = "/agenda.html", produces = "text/html")
    @Operation(summary = "The printable bilingual agenda of the current plan")
    ResponseEntity<String> agendaHtml(@PathVariable String visitId, Actor actor) {
        return ResponseEntity.ok().contentType(HTML).body(AgendaDocuments.html(service.agenda(actor, visitId)));
    }

    @GetMapping(value = "/agenda.ics", produces = "text/calendar")
    @Operation(summary = "The current plan's agenda as an iCalendar file, one event per schedule item")
    ResponseEntity<String> agendaIcs(@PathVariable String visitId, Actor actor) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"agenda-" + visitId + ".ics\"")
                .body(AgendaDocuments.ics(service.agenda(actor, visitId)));
    }
}
