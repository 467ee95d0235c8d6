package io.waishi.reception.resource.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.reception.resource.Interpreter;
import io.waishi.reception.resource.ResourceService;
import io.waishi.reception.resource.web.ResourceRequests.InterpreterRequest;
import io.waishi.reception.resource.web.ResourceRequests.InterpreterView;
import jakarta.validation.Valid;
import java.net.URI;
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

@RestController
@RequestMapping(InterpreterController.PATH)
@Tag(name = "Interpreters", description = "The office's interpreters, kept by reception officers")
class InterpreterController {

    static final String PATH = "/api/receptions/interpreters";

    private final ResourceService service;

    InterpreterController(ResourceService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Add a interpreter to the office's list (reception officer)")
    ResponseEntity<InterpreterView> register(@Valid @RequestBody InterpreterRequest request, Actor actor) {
        Interpreter created = service.registerInterpreter(actor, request.toProfile());
        return ResponseEntity.created(URI.create(PATH + "/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(InterpreterView.of(created));
    }

    @GetMapping
    @Operation(summary = "List the interpreters by name, active or not")
    PageOf<InterpreterView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        Page<Interpreter> found = service.interpreters(actor, request.page(), request.size());
        return PageOf.of(found, request, InterpreterView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One interpreter, with its ETag")
    ResponseEntity<InterpreterView> get(@PathVariable String id, Actor actor) {
        Interpreter found = service.interpreter(actor, id);
        return ETags.ok(InterpreterView.of(found), found.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct the interpreter's details (reception officer; If-Match)")
    ResponseEntity<InterpreterView> revise(@PathVariable String id, @Valid @RequestBody InterpreterRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return ETags.command(ifMatch, version -> service.reviseInterpreter(actor, id, version, request.toProfile()),
                InterpreterView::of);
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Take the interpreter off the bookable list (reception officer; If-Match)")
    ResponseEntity<InterpreterView> deactivate(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return ETags.command(ifMatch, version -> service.deactivateInterpreter(actor, id, version), InterpreterView::of);
    }
}
