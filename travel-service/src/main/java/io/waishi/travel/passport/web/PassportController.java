package io.waishi.travel.passport.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.travel.passport.CustodyState;
import io.waishi.travel.passport.Holder;
import io.waishi.travel.passport.Passport;
import io.waishi.travel.passport.PassportRegister;
import io.waishi.travel.passport.web.PassportRequests.CancelRequest;
import io.waishi.travel.passport.web.PassportRequests.PassportSummary;
import io.waishi.travel.passport.web.PassportRequests.PassportView;
import io.waishi.travel.passport.web.PassportRequests.RegisterPassport;
import io.waishi.travel.passport.web.PassportRequests.ReturnRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.LocalDate;
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

@RestController
@RequestMapping("/api/travel/passports")
@Tag(name = "Passports", description = "The register of official passports in central custody (因公护照集中保管)")
class PassportController {

    /** Newest first; the id breaks ties so paging is stable. */
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.asc("_id"));

    private final PassportRegister register;

    PassportController(PassportRegister register) {
        this.register = register;
    }

    @PostMapping
    @Operation(summary = "Register an official passport (passport officer)")
    ResponseEntity<PassportView> register(@Valid @RequestBody RegisterPassport request, Actor actor) {
        Passport passport = register.register(actor, request.holder(), request.type(), request.passportNumber(),
                request.issuedOn(), request.expiresOn());
        return ResponseEntity.created(URI.create("/api/travel/passports/" + passport.id()))
                .eTag(ETags.of(passport.version()))
                .body(view(passport, actor));
    }

    @GetMapping
    @Operation(summary = "List passports, newest first, numbers masked; unit staff see only their unit's")
    PageOf<PassportSummary> list(@RequestParam(required = false) String unit,
            @RequestParam(required = false) CustodyState state,
            @RequestParam(required = false) @Pattern(regexp = Holder.PERSON_ID_PATTERN,
                    message = PassportRequests.PERSON_ID_MESSAGE) String personId,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        Page<Passport> found = register.list(actor, unit, state, personId, overdue,
                PageRequest.of(request.page(), request.size(), NEWEST_FIRST));
        LocalDate today = register.today();
        return PageOf.of(found, request, passport -> PassportSummary.of(passport, today));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One passport; the full number only for passport officers")
    ResponseEntity<PassportView> get(@PathVariable String id, Actor actor) {
        Passport passport = register.get(actor, id);
        return ETags.ok(view(passport, actor), passport.version());
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Take the passport back into custody (passport officer)")
    ResponseEntity<PassportView> returnToCustody(@PathVariable String id,
            @Valid @RequestBody(required = false) ReturnRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        Passport passport = register.returnToCustody(actor, id, ETags.expectedVersion(ifMatch),
                request == null ? null : request.returnedOn());
        return ETags.ok(view(passport, actor), passport.version());
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel the passport, with the reason (passport officer; not while it is lent out)")
    ResponseEntity<PassportView> cancel(@PathVariable String id, @Valid @RequestBody CancelRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        Passport passport = register.cancel(actor, id, ETags.expectedVersion(ifMatch), request.reason());
        return ETags.ok(view(passport, actor), passport.version());
    }

    private PassportView view(Passport passport, Actor actor) {
        return PassportView.of(passport, Passport.mayReadNumber(actor), register.today());
    }
}
