package io.waishi.travel.delegation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.travel.delegation.Delegation;
import io.waishi.travel.delegation.DelegationService;
import io.waishi.travel.delegation.DelegationStatus;
import io.waishi.travel.delegation.web.DelegationRequests.DelegationView;
import io.waishi.travel.delegation.web.DelegationRequests.DraftDelegation;
import io.waishi.travel.delegation.web.DelegationRequests.PrecheckView;
import io.waishi.travel.delegation.web.DelegationRequests.WaiverRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
@RequestMapping("/api/travel/delegations")
@Tag(name = "Delegations", description = "Official outbound travel files (出访团组)")
class DelegationController {

    private final DelegationService service;

    DelegationController(DelegationService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Draft a delegation for the caller's unit")
    ResponseEntity<DelegationView> draft(@Valid @RequestBody DraftDelegation request, Actor actor) {
        Delegation delegation = service.draft(actor, request.toPlan());
        return ResponseEntity.created(URI.create("/api/travel/delegations/" + delegation.id()))
                .eTag(ETags.of(delegation.version()))
                .body(DelegationView.of(delegation));
    }

    @PostMapping("/precheck")
    @Operation(summary = "Check a plan against every travel rule without saving anything")
    PrecheckView precheck(@Valid @RequestBody DraftDelegation request) {
        return PrecheckView.of(service.precheck(request.toPlan()));
    }

    @GetMapping("/{id}/precheck")
    @Operation(summary = "What would stop the stored file if it were submitted now (waived rules excepted)")
    PrecheckView precheckStored(@PathVariable String id, Actor actor) {
        return PrecheckView.of(service.precheck(actor, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise the plan of a draft (the unit's clerk)")
    ResponseEntity<DelegationView> revise(@PathVariable String id, @Valid @RequestBody DraftDelegation request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        Delegation delegation = service.revise(actor, id, ETags.expectedVersion(ifMatch), request.toPlan());
        return ETags.ok(DelegationView.of(delegation), delegation.version());
    }

    @PostMapping("/{id}/waivers")
    @Operation(summary = "Waive one travel rule for this file, with a written reason (FAO director)")
    ResponseEntity<DelegationView> waive(@PathVariable String id, @Valid @RequestBody WaiverRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        Delegation delegation = service.waive(actor, id, ETags.expectedVersion(ifMatch), request.ruleCode(),
                request.reason());
        return ETags.ok(DelegationView.of(delegation), delegation.version());
    }

    @GetMapping("/{id}")
    ResponseEntity<DelegationView> get(@PathVariable String id, Actor actor) {
        Delegation delegation = service.get(actor, id);
        return ETags.ok(DelegationView.of(delegation), delegation.version());
    }

    @GetMapping
    @Operation(summary = "List delegations, newest first; unit staff see only their unit's")
    PageOf<DelegationView> list(@RequestParam(required = false) DelegationStatus status,
            @RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        Page<Delegation> found = service.list(actor, status, unit,
                PageRequest.of(request.page(), request.size(), Sort.by(Sort.Direction.DESC, "createdAt")));
        return new PageOf<>(found.map(DelegationView::of).getContent(), request.page(), request.size(),
                found.getTotalElements());
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit the file to the Foreign Affairs Office")
    ResponseEntity<DelegationView> submit(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        Delegation delegation = service.submit(actor, id, ETags.expectedVersion(ifMatch));
        return ETags.ok(DelegationView.of(delegation), delegation.version());
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve the trip (FAO director)")
    ResponseEntity<DelegationView> approve(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        Delegation delegation = service.approve(actor, id, ETags.expectedVersion(ifMatch));
        return ETags.ok(DelegationView.of(delegation), delegation.version());
    }
}
