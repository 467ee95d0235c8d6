package io.waishi.reception.visit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.reception.visit.Visit;
import io.waishi.reception.visit.VisitService;
import io.waishi.reception.visit.VisitStatus;
import io.waishi.reception.visit.web.VisitRequests.NoteRequest;
import io.waishi.reception.visit.web.VisitRequests.ReasonRequest;
import io.waishi.reception.visit.web.VisitRequests.RequestVisit;
import io.waishi.reception.visit.web.VisitRequests.SummaryRequest;
import io.waishi.reception.visit.web.VisitRequests.VisitView;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(VisitController.PATH)
@Tag(name = "Visits", description = "Foreign guest visits (来访团组)")
class VisitController {

    static final String PATH = "/api/receptions/visits";

    private final VisitService service;

    VisitController(VisitService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Request a visit on behalf of the inviting department (reception or FAO officer)")
    ResponseEntity<VisitView> request(@Valid @RequestBody RequestVisit request, Actor actor) {
        Visit visit = service.request(actor, request.toDetails());
        return ResponseEntity.created(URI.create(PATH + "/" + visit.id()))
                .eTag(ETags.of(visit.version()))
                .body(VisitView.of(visit, actor));
    }

    @GetMapping("/upcoming")
    @Operation(summary = "Approved visits being prepared or held, arriving within the next days, soonest first")
    List<VisitView> upcoming(@RequestParam(defaultValue = "30") int withinDays, Actor actor) {
        return service.upcoming(actor, withinDays).stream().map(visit -> VisitView.of(visit, actor)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One visit, with its ETag")
    ResponseEntity<VisitView> get(@PathVariable String id, Actor actor) {
        Visit visit = service.get(actor, id);
        return ETags.ok(VisitView.of(visit, actor), visit.version());
    }

    @GetMapping
    @Operation(summary = "List visits, newest first, optionally by status")
    PageOf<VisitView> list(@RequestParam(required = false) VisitStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        Page<Visit> found = service.list(actor, status, request.page(), request.size());
        return PageOf.of(found, request, visit -> VisitView.of(visit, actor));
    }

    private static ResponseEntity<VisitView> command(String ifMatch, Actor actor, Function<Long, Visit> command) {
        return ETags.command(ifMatch, command, visit -> VisitView.of(visit, actor));
    }

    @PostMapping("/{id}/approve-invitation")
    @Operation(summary = "Approve hosting the visit; hosted days are checked (FAO director)")
    ResponseEntity<VisitView> approveInvitation(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.approveInvitation(actor, id, version));
    }

    @PostMapping("/{id}/send-invitation")
    @Operation(summary = "Record the invitation as sent (reception officer)")
    ResponseEntity<VisitView> sendInvitation(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.sendInvitation(actor, id, version));
    }

    @PostMapping("/{id}/visa-letters-issued")
    @Operation(summary = "Record the visa invitation letters as issued (reception officer)")
    ResponseEntity<VisitView> visaLettersIssued(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.issueVisaLetters(actor, id, version));
    }

    @PostMapping("/{id}/submit-plan")
    @Operation(summary = "Submit the reception plan, or its revision, for approval (reception officer)")
    ResponseEntity<VisitView> submitPlan(@PathVariable String id,
            @Valid @RequestBody(required = false) NoteRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.draftPlan(actor, id, version,
                request == null ? null : request.note()));
    }

    @PostMapping("/{id}/approve-plan")
    @Operation(summary = "Approve the reception plan (FAO director)")
    ResponseEntity<VisitView> approvePlan(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.approvePlan(actor, id, version));
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "Record the guests' arrival (reception officer)")
    ResponseEntity<VisitView> start(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.start(actor, id, version));
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Complete the visit with its summary (reception officer)")
    ResponseEntity<VisitView> complete(@PathVariable String id, @Valid @RequestBody SummaryRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.complete(actor, id, version, request.summary().toDomain()));
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive the completed visit (reception officer)")
    ResponseEntity<VisitView> archive(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.archive(actor, id, version));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel the visit with the reason (reception officer or FAO director)")
    ResponseEntity<VisitView> cancel(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.cancel(actor, id, version, request.reason()));
    }
}
