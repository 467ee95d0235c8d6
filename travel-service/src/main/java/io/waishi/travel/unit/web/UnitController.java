package io.waishi.travel.unit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.travel.unit.Unit;
import io.waishi.travel.unit.UnitDirectory;
import io.waishi.travel.unit.UnitKind;
import io.waishi.travel.unit.web.UnitRequests.ClerkRequest;
import io.waishi.travel.unit.web.UnitRequests.QuotaRaiseRequest;
import io.waishi.travel.unit.web.UnitRequests.QuotaView;
import io.waishi.travel.unit.web.UnitRequests.RegisterUnit;
import io.waishi.travel.unit.web.UnitRequests.SignatoryRequest;
import io.waishi.travel.unit.web.UnitRequests.UnitView;
import io.waishi.travel.unit.web.UnitRequests.UpdateUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@Validated
@RequestMapping("/api/travel/units")
@Tag(name = "Units", description = "Units that send delegations (派出单位): signatories, clerks, annual trip quota")
class UnitController {

    private final UnitDirectory directory;

    UnitController(UnitDirectory directory) {
        this.directory = directory;
    }

    @PostMapping
    @Operation(summary = "Register a unit under the code its staff's tokens carry (ADMIN or FAO officer)")
    ResponseEntity<UnitView> register(@Valid @RequestBody RegisterUnit request, Actor actor) {
        Unit unit = directory.register(actor, request.code(), request.name().toDomain(), request.kind(),
                Boolean.TRUE.equals(request.foreignAffairsOrCommerce()));
        return ResponseEntity.created(URI.create("/api/travel/units/" + unit.code()))
                .eTag(ETags.of(unit.version()))
                .body(UnitView.of(unit));
    }

    @GetMapping
    @Operation(summary = "List units by code; unit staff see only their own unit")
    PageOf<UnitView> list(@RequestParam(required = false) UnitKind kind, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        Page<Unit> found = directory.list(actor, kind,
                PageRequest.of(request.page(), request.size(), Sort.by(Sort.Direction.ASC, "id")));
        return PageOf.of(found, request, UnitView::of);
    }

    @GetMapping("/{code}")
    ResponseEntity<UnitView> get(@PathVariable String code, Actor actor) {
        Unit unit = directory.get(actor, code);
        return ETags.ok(UnitView.of(unit), unit.version());
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change the unit's name, kind or foreign-affairs-or-commerce flag (ADMIN or FAO officer)")
    ResponseEntity<UnitView> update(@PathVariable String code, @Valid @RequestBody UpdateUnit request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        Unit unit = directory.update(actor, code, ETags.expectedVersion(ifMatch), request.name().toDomain(),
                request.kind(), Boolean.TRUE.equals(request.foreignAffairsOrCommerce()));
        return ETags.ok(UnitView.of(unit), unit.version());
    }

    @PostMapping("/{code}/signatories")
    @Operation(summary = "Register who signs for the unit (ADMIN or FAO officer)")
    ResponseEntity<UnitView> registerSignatory(@PathVariable String code, @Valid @RequestBody SignatoryRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        Unit unit = directory.registerSignatory(actor, code, ETags.expectedVersion(ifMatch), request.userId(),
                request.name(), request.post());
        return ETags.ok(UnitView.of(unit), unit.version());
    }

    @DeleteMapping("/{code}/signatories/{userId}")
    @Operation(summary = "Remove a signatory of the unit (ADMIN or FAO officer)")
    ResponseEntity<UnitView> removeSignatory(@PathVariable String code, @PathVariable String userId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        Unit unit = directory.removeSignatory(actor, code, ETags.expectedVersion(ifMatch), userId);
        return ETags.ok(UnitView.of(unit), unit.version());
    }

    @PostMapping("/{code}/clerks")
    @Operation(summary = "Register who files for the unit (ADMIN or FAO officer)")
    ResponseEntity<UnitView> registerClerk(@PathVariable String code, @Valid @RequestBody ClerkRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        Unit unit = directory.registerClerk(actor, code, ETags.expectedVersion(ifMatch), request.userId(),
                request.name());
        return ETags.ok(UnitView.of(unit), unit.version());
    }

    @DeleteMapping("/{code}/clerks/{userId}")
    @Operation(summary = "Remove a clerk of the unit (ADMIN or FAO officer)")
    ResponseEntity<UnitView> removeClerk(@PathVariable String code, @PathVariable String userId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        Unit unit = directory.removeClerk(actor, code, ETags.expectedVersion(ifMatch), userId);
        return ETags.ok(UnitView.of(unit), unit.version());
    }

    @PostMapping("/{code}/quota-raises")
    @Operation(summary = "Raise the unit's trip quota for one year, with a written reason (FAO director; "
            + "only units doing foreign-affairs or commerce work, only above the default)")
    ResponseEntity<UnitView> raiseQuota(@PathVariable String code, @Valid @RequestBody QuotaRaiseRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        Unit unit = directory.raiseQuota(actor, code, ETags.expectedVersion(ifMatch), request.year(), request.trips(),
                request.reason());
        return ETags.ok(UnitView.of(unit), unit.version());
    }

    @GetMapping("/{code}/quota")
    @Operation(summary = "The unit's trip quota for a year (default: the current year) and where it comes from")
    QuotaView quota(@PathVariable String code,
            @RequestParam(required = false) @Min(Unit.FIRST_YEAR) @Max(Unit.LAST_YEAR) Integer year, Actor actor) {
        return QuotaView.of(directory.quota(actor, code, year == null ? directory.currentYear() : year));
    }
}
