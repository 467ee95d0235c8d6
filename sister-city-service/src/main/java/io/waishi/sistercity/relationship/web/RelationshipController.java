package io.waishi.sistercity.relationship.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.sistercity.relationship.Relationship;
import io.waishi.sistercity.relationship.RelationshipService;
import io.waishi.sistercity.relationship.RelationshipStage;
import io.waishi.sistercity.relationship.web.RelationshipRequests.AgreementRequest;
import io.waishi.sistercity.relationship.web.RelationshipRequests.ApplyAs;
import io.waishi.sistercity.relationship.web.RelationshipRequests.ApprovalRequest;
import io.waishi.sistercity.relationship.web.RelationshipRequests.NoteRequest;
import io.waishi.sistercity.relationship.web.RelationshipRequests.RecordEstablished;
import io.waishi.sistercity.relationship.web.RelationshipRequests.RecordIntent;
import io.waishi.sistercity.relationship.web.RelationshipRequests.RelationshipView;
import io.waishi.sistercity.relationship.web.RelationshipRequests.TerminationRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

/**
 * Relationships with partner cities over HTTP. Every step of the approval path is its own command with
 * If-Match; each answers with the relationship, its new ETag and the acts the caller may perform next.
 */
@RestController
@RequestMapping("/api/sister-cities/relationships")
@Tag(name = "Relationships", description = "Letters of intent, sister-city and friendly relationships (友好关系)")
class RelationshipController {

    private final RelationshipService service;

    RelationshipController(RelationshipService service) {
        this.service = service;
    }

    private static ResponseEntity<RelationshipView> command(String ifMatch, Actor actor,
            Function<Long, Relationship> command) {
        return ETags.command(ifMatch, command, relationship -> RelationshipView.of(relationship, actor));
    }

    @PostMapping
    @Operation(summary = "Record a signed letter of intent with a partner city (sister-city officer)")
    ResponseEntity<RelationshipView> recordIntent(@Valid @RequestBody RecordIntent request, Actor actor) {
        Relationship relationship = service.recordIntent(actor, request.partnerCityId(), request.kind(),
                request.cooperationFields(), request.intent().toSigning());
        return created(relationship, actor);
    }

    @PostMapping("/established")
    @Operation(summary = "Record a relationship established before these records, with its agreement and CPAFFC "
            + "approval reference; it starts active (sister-city officer)")
    ResponseEntity<RelationshipView> recordEstablished(@Valid @RequestBody RecordEstablished request, Actor actor) {
        Relationship relationship = service.recordEstablished(actor, request.partnerCityId(), request.kind(),
                request.cooperationFields(), request.intent() == null ? null : request.intent().toSigning(),
                request.agreement().toSigning(), request.nationalApprovalReference());
        return created(relationship, actor);
    }

    private static ResponseEntity<RelationshipView> created(Relationship relationship, Actor actor) {
        return ResponseEntity.created(URI.create("/api/sister-cities/relationships/" + relationship.id()))
                .eTag(ETags.of(relationship.version()))
                .body(RelationshipView.of(relationship, actor));
    }

    @GetMapping("/{id}")
    ResponseEntity<RelationshipView> get(@PathVariable String id, Actor actor) {
        Relationship relationship = service.get(actor, id);
        return ETags.ok(RelationshipView.of(relationship, actor), relationship.version());
    }

    @GetMapping
    @Operation(summary = "Relationships by partner city and stage, newest first")
    PageOf<RelationshipView> list(@RequestParam(required = false) String partnerCityId,
            @RequestParam(required = false) RelationshipStage stage, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        Page<Relationship> found = service.list(actor, partnerCityId, stage,
                PageRequest.of(request.page(), request.size(), Sort.by(Sort.Direction.DESC, "createdAt")));
        return PageOf.of(found, request, relationship -> RelationshipView.of(relationship, actor));
    }

    @PostMapping("/{id}/start-exchanges")
    @Operation(summary = "Start the period of exchanges after the letter of intent (sister-city officer)")
    ResponseEntity<RelationshipView> startExchanges(@PathVariable String id,
            @Valid @RequestBody(required = false) NoteRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.startExchanges(actor, id, version, note(request)));
    }

    @PostMapping("/{id}/apply-as")
    @Operation(summary = "Name the kind of relationship the office applies for (sister-city officer)")
    ResponseEntity<RelationshipView> applyAs(@PathVariable String id, @Valid @RequestBody ApplyAs request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.applyAs(actor, id, version, request.kind()));
    }

    @PostMapping("/{id}/city-approval")
    @Operation(summary = "Record the city government's approval with its reference (FAO director)")
    ResponseEntity<RelationshipView> cityApproval(@PathVariable String id, @Valid @RequestBody ApprovalRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor,
                version -> service.recordCityApproval(actor, id, version, request.reference(), request.note()));
    }

    @PostMapping("/{id}/provincial-review")
    @Operation(summary = "Record the provincial FAO's review with its reference (FAO director)")
    ResponseEntity<RelationshipView> provincialReview(@PathVariable String id,
            @Valid @RequestBody ApprovalRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor,
                version -> service.recordProvincialReview(actor, id, version, request.reference(), request.note()));
    }

    @PostMapping("/{id}/cpaffc-approval")
    @Operation(summary = "Record the CPAFFC's final approval with its reference (FAO director)")
    ResponseEntity<RelationshipView> cpaffcApproval(@PathVariable String id,
            @Valid @RequestBody ApprovalRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor,
                version -> service.recordCpaffcApproval(actor, id, version, request.reference(), request.note()));
    }

    @PostMapping("/{id}/sign-agreement")
    @Operation(summary = "Record the signed agreement, after the CPAFFC's approval (sister-city officer)")
    ResponseEntity<RelationshipView> signAgreement(@PathVariable String id,
            @Valid @RequestBody AgreementRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.signAgreement(actor, id, version,
                request.agreement().toSigning(), request.cooperationFields(), request.reference()));
    }

    @PostMapping("/{id}/activate")
    @Operation(summary = "Put the signed agreement into force (sister-city officer)")
    ResponseEntity<RelationshipView> activate(@PathVariable String id,
            @Valid @RequestBody(required = false) NoteRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.activate(actor, id, version, note(request)));
    }

    @PostMapping("/{id}/mark-dormant")
    @Operation(summary = "Mark an active relationship dormant (sister-city officer)")
    ResponseEntity<RelationshipView> markDormant(@PathVariable String id,
            @Valid @RequestBody(required = false) NoteRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.markDormant(actor, id, version, note(request)));
    }

    @PostMapping("/{id}/revive")
    @Operation(summary = "Make a dormant relationship active again (sister-city officer)")
    ResponseEntity<RelationshipView> revive(@PathVariable String id,
            @Valid @RequestBody(required = false) NoteRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.revive(actor, id, version, note(request)));
    }

    @PostMapping("/{id}/terminate")
    @Operation(summary = "End the relationship with the reason (sister-city officer or FAO director)")
    ResponseEntity<RelationshipView> terminate(@PathVariable String id,
            @Valid @RequestBody TerminationRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor,
                version -> service.terminate(actor, id, version, request.reason(), request.reference()));
    }

    private static String note(NoteRequest request) {
        return request == null ? null : request.note();
    }
}
