package io.waishi.reception.visit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.reception.visit.Visit;
import io.waishi.reception.visit.VisitService;
import io.waishi.reception.visit.VisitStatus;
import io.waishi.reception.visit.web.VisitRequests.RequestVisit;
import io.waishi.reception.visit.web.VisitRequests.VisitView;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
                .body(VisitView.of(visit));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One visit, with its ETag")
    ResponseEntity<VisitView> get(@PathVariable String id, Actor actor) {
        Visit visit = service.get(actor, id);
        return ETags.ok(VisitView.of(visit), visit.version());
    }

    @GetMapping
    @Operation(summary = "List visits, newest first, optionally by status")
    PageOf<VisitView> list(@RequestParam(required = false) VisitStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        Page<Visit> found = service.list(actor, status, request.page(), request.size());
        return new PageOf<>(found.map(VisitView::of).getContent(), request.page(), request.size(),
                found.getTotalElements());
    }
}
