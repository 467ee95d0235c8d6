package io.waishi.reception.guest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import io.waishi.platform.web.ETags;
import io.waishi.reception.guest.Guest;
import io.waishi.reception.guest.GuestList;
import io.waishi.reception.guest.GuestService;
import io.waishi.reception.guest.SeatingOrder;
import io.waishi.reception.guest.web.GuestRequests.GuestListView;
import io.waishi.reception.guest.web.GuestRequests.GuestRequest;
import io.waishi.reception.guest.web.GuestRequests.GuestView;
import io.waishi.reception.guest.web.GuestRequests.PrecedenceRequest;
import io.waishi.reception.guest.web.GuestRequests.SeatingOrderView;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A visit's guests and the order of precedence. The ETag is the guest list's version. Passport numbers and
 * dates of birth are shown to reception officers only; everyone else who sees the visit gets the masked number.
 */
@RestController
@RequestMapping(GuestController.PATH)
@Tag(name = "Guests", description = "A visit's guests (外宾名单) and the order of precedence (礼宾次序)")
class GuestController {

    static final String PATH = "/api/receptions/visits/{visitId}";

    private final GuestService service;

    GuestController(GuestService service) {
        this.service = service;
    }

    @GetMapping("/guests")
    @Operation(summary = "The visit's guests (passport data in full for reception officers only)")
    ResponseEntity<GuestListView> list(@PathVariable String visitId, Actor actor) {
        GuestList list = service.list(actor, visitId);
        return ETags.ok(view(list, actor), list.version());
    }

    @GetMapping("/guests/{guestId}")
    @Operation(summary = "One guest, with the guest list's ETag")
    ResponseEntity<GuestView> get(@PathVariable String visitId, @PathVariable String guestId, Actor actor) {
        GuestList list = service.list(actor, visitId);
        Guest guest = service.guest(actor, visitId, guestId);
        return ETags.ok(view(guest, actor), list.version());
    }

    @PostMapping("/guests")
    @Operation(summary = "Put a guest on the list while the visit is open (reception officer)")
    ResponseEntity<GuestView> add(@PathVariable String visitId, @Valid @RequestBody GuestRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        GuestService.Added added = service.add(actor, visitId, ETags.expectedVersion(ifMatch), request.toProfile(),
                request.toPassport());
        return ResponseEntity.created(URI.create("/api/receptions/visits/" + visitId + "/guests/" + added.guest().id()))
                .eTag(ETags.of(added.list().version()))
                .body(view(added.guest(), actor));
    }

    @PutMapping("/guests/{guestId}")
    @Operation(summary = "Replace what the office knows of a guest; no passport takes it off file (reception officer)")
    ResponseEntity<GuestView> revise(@PathVariable String visitId, @PathVariable String guestId,
            @Valid @RequestBody GuestRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        GuestList list = service.revise(actor, visitId, guestId, ETags.expectedVersion(ifMatch), request.toProfile(),
                request.toPassport());
        return ETags.ok(view(list.guest(guestId).orElseThrow(), actor), list.version());
    }

    @DeleteMapping("/guests/{guestId}")
    @Operation(summary = "Take a guest off the list (reception officer)")
    ResponseEntity<Void> remove(@PathVariable String visitId, @PathVariable String guestId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        GuestList list = service.remove(actor, visitId, guestId, ETags.expectedVersion(ifMatch));
        return ResponseEntity.noContent().eTag(ETags.of(list.version())).build();
    }

    @PostMapping("/precedence")
    @Operation(summary = "The order of precedence of guests and the hosts given, for a meeting or banquet")
    SeatingOrderView precedence(@PathVariable String visitId, @Valid @RequestBody PrecedenceRequest request,
            Actor actor) {
        SeatingOrder order = service.precedence(actor, visitId, request.hostParties(), request.guestIds());
        return SeatingOrderView.of(visitId, order, service.list(actor, visitId), request);
    }

    private GuestListView view(GuestList list, Actor actor) {
        return new GuestListView(list.id(), list.guests().stream().map(guest -> view(guest, actor)).toList(),
                list.changes(), list.version() == null ? 0 : list.version());
    }

    private GuestView view(Guest guest, Actor actor) {
        return GuestView.of(guest, actor.has(Role.RECEPTION_OFFICER) ? service.openPassport(actor, guest) : null);
    }
}
