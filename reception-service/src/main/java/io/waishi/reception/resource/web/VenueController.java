package io.waishi.reception.resource.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.reception.resource.Venue;
import io.waishi.reception.resource.ResourceService;
import io.waishi.reception.resource.web.ResourceRequests.VenueRequest;
import io.waishi.reception.resource.web.ResourceRequests.VenueView;
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
@RequestMapping(VenueController.PATH)
@Tag(name = "Venues", description = "The office's venues, kept by reception officers")
class VenueController {

    static final String PATH = "/api/receptions/venues";

    private final ResourceService service;

    VenueController(ResourceService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Add a venue to the office's list (reception officer)")
    ResponseEntity<VenueView> register(@Valid @RequestBody VenueRequest request, Actor actor) {
        Venue created = service.registerVenue(actor, request.toProfile());
        return ResponseEntity.created(URI.create(PATH + "/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(VenueView.of(created));
    }

    @GetMapping
    @Operation(summary = "List the venues by name, active or not")
    PageOf<VenueView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        Page<Venue> found = service.venues(actor, request.page(), request.size());
        return PageOf.of(found, request, VenueView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One venue, with its ETag")
    ResponseEntity<VenueView> get(@PathVariable String id, Actor actor) {
        Venue found = service.venue(actor, id);
        return ETags.ok(VenueView.of(found), found.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct the venue's details (reception officer; If-Match)")
    ResponseEntity<VenueView> revise(@PathVariable String id, @Valid @RequestBody VenueRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return ETags.command(ifMatch, version -> service.reviseVenue(actor, id, version, request.toProfile()),
                VenueView::of);
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Take the venue off the bookable list (reception officer; If-Match)")
    ResponseEntity<VenueView> deactivate(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return ETags.command(ifMatch, version -> service.deactivateVenue(actor, id, version), VenueView::of);
    }
}
