package io.waishi.travel.delegation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.RuleViolationViews;
import io.waishi.platform.web.PageOf;
import io.waishi.travel.delegation.Delegation;
import io.waishi.travel.delegation.DelegationCategory;
import io.waishi.travel.delegation.DelegationFilter;
import io.waishi.travel.delegation.DelegationService;
import io.waishi.travel.delegation.DelegationStatus;
import io.waishi.travel.delegation.OfficeDay;
import io.waishi.travel.delegation.web.DelegationRequests.ApprovalRequest;
import io.waishi.travel.delegation.web.DelegationRequests.CorrectionRequest;
import io.waishi.travel.delegation.web.DelegationRequests.DayRequest;
import io.waishi.travel.delegation.web.DelegationRequests.DelegationView;
import io.waishi.travel.delegation.web.DelegationRequests.DraftDelegation;
import io.waishi.travel.delegation.web.DelegationRequests.ObjectionRequest;
import io.waishi.travel.delegation.web.DelegationRequests.OptionalReasonRequest;
import io.waishi.travel.delegation.web.DelegationRequests.PrecheckView;
import io.waishi.travel.delegation.web.DelegationRequests.ReasonRequest;
import io.waishi.travel.delegation.web.DelegationRequests.ResolutionRequest;
import io.waishi.travel.delegation.web.DelegationRequests.ResultsRequest;
import io.waishi.travel.delegation.web.DelegationRequests.TripReportRequest;
import io.waishi.travel.delegation.web.DelegationRequests.WaiverRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
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
 * The delegation files over HTTP. Every change of state is its own command; each answers with the file,
 * its new ETag and the acts the caller may perform next.
 */
@RestController
@Validated
@RequestMapping("/api/travel/delegations")
@Tag(name = "Delegations", description = "Official outbound travel files (出访团组)")
class DelegationController {

    private final DelegationService service;
    private final RuleViolationViews violationViews;

    DelegationController(DelegationService service, RuleViolationViews violationViews) {
        this.service = service;
        this.violationViews = violationViews;
    }

    private ResponseEntity<DelegationView> answer(Delegation delegation, Actor actor) {
        return ETags.ok(DelegationView.of(delegation, actor, service.officeDay()), delegation.version());
    }

    private ResponseEntity<DelegationView> command(String ifMatch, Actor actor, Function<Long, Delegation> command) {
        return ETags.command(ifMatch, command, delegation -> DelegationView.of(delegation, actor, service.officeDay()));
    }

    @PostMapping
    @Operation(summary = "Draft a delegation for the caller's unit")
    ResponseEntity<DelegationView> draft(@Valid @RequestBody DraftDelegation request, Actor actor) {
        Delegation delegation = service.draft(actor, request.toPlan());
        return ResponseEntity.created(URI.create("/api/travel/delegations/" + delegation.id()))
                .eTag(ETags.of(delegation.version()))
                .body(DelegationView.of(delegation, actor, service.officeDay()));
    }

    @PostMapping("/precheck")
    @Operation(summary = "Check a plan of the caller's unit against every travel rule without saving anything")
    PrecheckView precheck(@Valid @RequestBody DraftDelegation request, Actor actor) {
        return PrecheckView.of(service.precheck(actor, request.toPlan()), violationViews);
    }

    @GetMapping("/{id}/precheck")
    @Operation(summary = "What would stop the stored file if it were submitted now (waived rules excepted)")
    PrecheckView precheckStored(@PathVariable String id, Actor actor) {
        return PrecheckView.of(service.precheck(actor, id), violationViews);
    }

    @GetMapping("/{id}")
    ResponseEntity<DelegationView> get(@PathVariable String id, Actor actor) {
        return answer(service.get(actor, id), actor);
    }

    @GetMapping
    @Operation(summary = "Search files, newest first; unit staff see only their unit's")
    PageOf<DelegationView> list(@RequestParam(required = false) List<DelegationStatus> status,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code")
            String country,
            @RequestParam(required = false) DelegationCategory category,
            @RequestParam(required = false) LocalDate departureFrom,
            @RequestParam(required = false) LocalDate departureTo,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Boolean greenChannel,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        DelegationFilter filter = new DelegationFilter(status, unit, country, category, departureFrom, departureTo,
                overdue, greenChannel);
        return pageOf(service.list(actor, filter, PageRequest.of(request.page(), request.size())), request, actor);
    }

    @GetMapping("/queue")
    @Operation(summary = "The files waiting for the caller's next step: green channel first, then oldest first")
    PageOf<DelegationView> queue(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        return pageOf(service.queue(actor, PageRequest.of(request.page(), request.size())), request, actor);
    }

    private PageOf<DelegationView> pageOf(Page<Delegation> found, PageOf.Request request, Actor actor) {
        OfficeDay day = service.officeDay();
        return PageOf.of(found, request, delegation -> DelegationView.of(delegation, actor, day));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise the plan of a draft or of a file returned for correction (the unit's clerk)")
    ResponseEntity<DelegationView> revise(@PathVariable String id, @Valid @RequestBody DraftDelegation request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.revise(actor, id, version, request.toPlan()));
    }

    @PostMapping("/{id}/waivers")
    @Operation(summary = "Waive one travel rule for this file, with a written reason (FAO director)")
    ResponseEntity<DelegationView> waive(@PathVariable String id, @Valid @RequestBody WaiverRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor,
                version -> service.waive(actor, id, version, request.ruleCode(), request.reason()));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit the file to the unit's signatory (the unit's clerk); every rule is checked")
    ResponseEntity<DelegationView> submit(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.submit(actor, id, version));
    }

    @PostMapping("/{id}/sign")
    @Operation(summary = "Sign for the unit, send the file to the office and post the pre-trip notice (signatory)")
    ResponseEntity<DelegationView> sign(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.sign(actor, id, version));
    }

    @PostMapping("/{id}/objections")
    @Operation(summary = "Record an objection to the pre-trip notice")
    ResponseEntity<DelegationView> object(@PathVariable String id, @Valid @RequestBody ObjectionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor,
                version -> service.recordObjection(actor, id, version, request.summary(), request.receivedOn()));
    }

    @PostMapping("/{id}/objections/{objectionId}/resolve")
    @Operation(summary = "Settle an objection to the pre-trip notice (signatory or FAO officer)")
    ResponseEntity<DelegationView> resolve(@PathVariable String id, @PathVariable String objectionId,
            @Valid @RequestBody ResolutionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor,
                version -> service.resolveObjection(actor, id, version, objectionId, request.resolution()));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept the reviewed file for the director's decision (FAO officer)")
    ResponseEntity<DelegationView> accept(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.accept(actor, id, version));
    }

    @PostMapping("/{id}/return-for-correction")
    @Operation(summary = "Return the file once with what to correct (FAO officer)")
    ResponseEntity<DelegationView> returnForCorrection(@PathVariable String id,
            @Valid @RequestBody CorrectionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.returnForCorrection(actor, id, version, request.items()));
    }

    @PostMapping("/{id}/resubmit")
    @Operation(summary = "Resubmit the corrected file within the correction period (the unit's clerk)")
    ResponseEntity<DelegationView> resubmit(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.resubmit(actor, id, version));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve the trip (FAO director); above the office's level cite the higher approval")
    ResponseEntity<DelegationView> approve(@PathVariable String id,
            @Valid @RequestBody(required = false) ApprovalRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        String reference = request == null ? null : request.authorityReference();
        return command(ifMatch, actor, version -> service.approve(actor, id, version, reference));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject the trip with a written reason (FAO director)")
    ResponseEntity<DelegationView> reject(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.reject(actor, id, version, request.reason()));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw the file before the decision (the unit)")
    ResponseEntity<DelegationView> withdraw(@PathVariable String id,
            @Valid @RequestBody(required = false) OptionalReasonRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        String reason = request == null ? null : request.reason();
        return command(ifMatch, actor, version -> service.withdraw(actor, id, version, reason));
    }

    @PostMapping("/{id}/issue-passports")
    @Operation(summary = "Lend every member's official passport for the trip (FAO officer)")
    ResponseEntity<DelegationView> issuePassports(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.issuePassports(actor, id, version));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel the approved trip with a reason; lent passports become due back at once")
    ResponseEntity<DelegationView> cancel(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.cancel(actor, id, version, request.reason()));
    }

    @PostMapping("/{id}/depart")
    @Operation(summary = "Record the departure (the unit's clerk); the date defaults to today")
    ResponseEntity<DelegationView> depart(@PathVariable String id,
            @Valid @RequestBody(required = false) DayRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.depart(actor, id, version, request == null ? null : request.date()));
    }

    @PostMapping("/{id}/record-return")
    @Operation(summary = "Record the return (the unit's clerk); report and post-trip notice become due")
    ResponseEntity<DelegationView> recordReturn(@PathVariable String id,
            @Valid @RequestBody(required = false) DayRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor,
                version -> service.recordReturn(actor, id, version, request == null ? null : request.date()));
    }

    @PostMapping("/{id}/return-passports")
    @Operation(summary = "Take every passport of the trip back into custody (FAO officer)")
    ResponseEntity<DelegationView> returnPassports(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.returnPassports(actor, id, version));
    }

    @PostMapping("/{id}/report")
    @Operation(summary = "Submit the trip report (the unit)")
    ResponseEntity<DelegationView> report(@PathVariable String id, @Valid @RequestBody TripReportRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.submitReport(actor, id, version, request.toDraft()));
    }

    @PostMapping("/{id}/publish-results")
    @Operation(summary = "Record the post-trip notice of what the delegation did (the unit)")
    ResponseEntity<DelegationView> publishResults(@PathVariable String id, @Valid @RequestBody ResultsRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor,
                version -> service.publishResults(actor, id, version, request.publishedOn(), request.where()));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close the complete file (FAO officer)")
    ResponseEntity<DelegationView> close(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.close(actor, id, version));
    }
}
