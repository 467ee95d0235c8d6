package io.waishi.travel.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.travel.plan.AnnualPlan;
import io.waishi.travel.plan.PlanBook;
import io.waishi.travel.plan.PlanStatus;
import io.waishi.travel.plan.web.PlanRequests.DraftPlan;
import io.waishi.travel.plan.web.PlanRequests.ItemsRequest;
import io.waishi.travel.plan.web.PlanRequests.PlanView;
import io.waishi.travel.plan.web.PlanRequests.ReturnRequest;
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

/** Annual plans, addressed as {@code /api/travel/plans/<unit>:<year>}, e.g. {@code /api/travel/plans/U-EDU:2027}. */
@RestController
@RequestMapping("/api/travel/plans")
@Tag(name = "Annual plans", description = "Each unit's plan of the trips it will send in a year (年度出访计划)")
class PlanController {

    private static final String PLAN = "/{unit}:{year}";

    private final PlanBook book;

    PlanController(PlanBook book) {
        this.book = book;
    }

    @PostMapping
    @Operation(summary = "Draft the caller's unit's plan for a year (unit clerk); one plan per unit and year")
    ResponseEntity<PlanView> draft(@Valid @RequestBody DraftPlan request, Actor actor) {
        AnnualPlan plan = book.draft(actor, request.year());
        return ResponseEntity.created(URI.create("/api/travel/plans/" + plan.id()))
                .eTag(ETags.of(plan.version()))
                .body(PlanView.of(plan));
    }

    @GetMapping
    @Operation(summary = "List plans by unit and year; unit staff see only their unit's")
    PageOf<PlanView> list(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) PlanStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        Page<AnnualPlan> found = book.list(actor, unit, year, status,
                PageRequest.of(request.page(), request.size(), Sort.by(Sort.Direction.DESC, "year")
                        .and(Sort.by(Sort.Direction.ASC, "unit"))));
        return PageOf.of(found, request, PlanView::of);
    }

    @GetMapping(PLAN)
    ResponseEntity<PlanView> get(@PathVariable String unit, @PathVariable int year, Actor actor) {
        AnnualPlan plan = book.get(actor, unit, year);
        return ETags.ok(PlanView.of(plan), plan.version());
    }

    @PutMapping(PLAN + "/items")
    @Operation(summary = "Replace the draft's list of trips (the unit's clerk): items with an itemId are changed, "
            + "items without one are added with a new id, items left out are removed")
    ResponseEntity<PlanView> reviseItems(@PathVariable String unit, @PathVariable int year,
            @Valid @RequestBody ItemsRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        AnnualPlan plan = book.reviseItems(actor, unit, year, ETags.expectedVersion(ifMatch), request.toDomain());
        return ETags.ok(PlanView.of(plan), plan.version());
    }

    @PostMapping(PLAN + "/submit")
    @Operation(summary = "Submit the plan to the Foreign Affairs Office (the unit's clerk or signatory)")
    ResponseEntity<PlanView> submit(@PathVariable String unit, @PathVariable int year,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        AnnualPlan plan = book.submit(actor, unit, year, ETags.expectedVersion(ifMatch));
        return ETags.ok(PlanView.of(plan), plan.version());
    }

    @PostMapping(PLAN + "/approve")
    @Operation(summary = "Approve the plan within the unit's annual quota (FAO officer)")
    ResponseEntity<PlanView> approve(@PathVariable String unit, @PathVariable int year,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        AnnualPlan plan = book.approve(actor, unit, year, ETags.expectedVersion(ifMatch));
        return ETags.ok(PlanView.of(plan), plan.version());
    }

    @PostMapping(PLAN + "/return")
    @Operation(summary = "Return the plan to the unit as a draft, saying what to correct (FAO officer)")
    ResponseEntity<PlanView> returnForCorrection(@PathVariable String unit, @PathVariable int year,
            @Valid @RequestBody ReturnRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        AnnualPlan plan = book.returnForCorrection(actor, unit, year, ETags.expectedVersion(ifMatch), request.comment());
        return ETags.ok(PlanView.of(plan), plan.version());
    }
}
