package io.waishi.reception.hospitality.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.reception.hospitality.Hospitality;
import io.waishi.reception.hospitality.HospitalityService;
import io.waishi.reception.hospitality.web.HospitalityRequests.BanquetRequest;
import io.waishi.reception.hospitality.web.HospitalityRequests.GiftGivenRequest;
import io.waishi.reception.hospitality.web.HospitalityRequests.GiftReceivedRequest;
import io.waishi.reception.hospitality.web.HospitalityRequests.HospitalityView;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A visit's hospitality over HTTP: banquets, gifts given and gifts received, each with the cap that applies.
 * Changes are reception officers' commands with If-Match (the hospitality's ETag); readers are the visit's.
 */
@RestController
@RequestMapping(HospitalityController.PATH)
@Tag(name = "Hospitality", description = "Banquets and gifts of a visit (接待标准与礼品)")
class HospitalityController {

    static final String PATH = "/api/receptions/visits/{visitId}/hospitality";

    private final HospitalityService service;

    HospitalityController(HospitalityService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "The visit's banquets, gifts given and received, with the caps in force, and its ETag")
    ResponseEntity<HospitalityView> get(@PathVariable String visitId, Actor actor) {
        Hospitality hospitality = service.get(actor, visitId);
        return ETags.ok(view(hospitality), hospitality.version());
    }

    @PostMapping("/banquets")
    @Operation(summary = "Record a banquet, buffet, cocktail or tea party; banquets per stay and cost per head "
            + "are checked (reception officer)")
    ResponseEntity<HospitalityView> recordBanquet(@PathVariable String visitId,
            @Valid @RequestBody BanquetRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        String entryId = service.newEntryId();
        return created(visitId, "banquets", entryId, service.recordBanquet(actor, visitId,
                ETags.expectedVersion(ifMatch), request.toBanquet(entryId)));
    }

    @PostMapping("/gifts-given")
    @Operation(summary = "Record a gift to a guest; value cap, recipient, once per guest and first visit are "
            + "checked (reception officer)")
    ResponseEntity<HospitalityView> giveGift(@PathVariable String visitId, @Valid @RequestBody GiftGivenRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        String entryId = service.newEntryId();
        return created(visitId, "gifts-given", entryId, service.giveGift(actor, visitId,
                ETags.expectedVersion(ifMatch), request.toGift(entryId)));
    }

    @PostMapping("/gifts-received")
    @Operation(summary = "Record a gift the guests gave; at or above the declaration threshold it opens a "
            + "declaration task (reception officer)")
    ResponseEntity<HospitalityView> receiveGift(@PathVariable String visitId,
            @Valid @RequestBody GiftReceivedRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        String entryId = service.newEntryId();
        return created(visitId, "gifts-received", entryId, service.receiveGift(actor, visitId,
                ETags.expectedVersion(ifMatch), request.toGift(entryId)));
    }

    @DeleteMapping("/banquets/{entryId}")
    @Operation(summary = "Remove a banquet recorded by mistake while the visit is open (reception officer)")
    ResponseEntity<HospitalityView> removeBanquet(@PathVariable String visitId, @PathVariable String entryId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, version -> service.removeBanquet(actor, visitId, version, entryId));
    }

    @DeleteMapping("/gifts-given/{entryId}")
    @Operation(summary = "Remove a gift given recorded by mistake while the visit is open (reception officer)")
    ResponseEntity<HospitalityView> removeGiftGiven(@PathVariable String visitId, @PathVariable String entryId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, version -> service.removeGiftGiven(actor, visitId, version, entryId));
    }

    @DeleteMapping("/gifts-received/{entryId}")
    @Operation(summary = "Remove a gift received recorded by mistake while the visit is open, with its declaration "
            + "if still due; a declared gift stays (reception officer)")
    ResponseEntity<HospitalityView> removeGiftReceived(@PathVariable String visitId, @PathVariable String entryId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, version -> service.removeGiftReceived(actor, visitId, version, entryId));
    }

    private ResponseEntity<HospitalityView> command(String ifMatch, Function<Long, Hospitality> command) {
        return ETags.command(ifMatch, command, this::view);
    }

    private ResponseEntity<HospitalityView> created(String visitId, String kind, String entryId, Hospitality changed) {
        return ResponseEntity.created(URI.create(PATH.replace("{visitId}", visitId) + "/" + kind + "/" + entryId))
                .eTag(ETags.of(changed.version()))
                .body(view(changed));
    }

    private HospitalityView view(Hospitality hospitality) {
        return HospitalityView.of(hospitality, service.policy());
    }
}
