package io.waishi.travel.authorisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.travel.authorisation.AuthorisationService;
import io.waishi.travel.authorisation.AuthorisationStatus;
import io.waishi.travel.authorisation.AuthorisedPerson;
import io.waishi.travel.authorisation.AuthorisedTrip;
import io.waishi.travel.authorisation.MultiTripAuthorisation;
import io.waishi.travel.delegation.DelegationCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
@RequestMapping("/api/travel/authorisations")
@Tag(name = "Multi-trip authorisations", description = "One approval, many trips within a year (一次审批、多次有效)")
class AuthorisationController {

    private static final String COUNTRY = "[A-Z]{2}";
    private static final String PERSON_ID = "[A-Za-z0-9-]{1,40}";

    private final AuthorisationService service;

    AuthorisationController(AuthorisationService service) {
        this.service = service;
    }

    record PersonRequest(@NotBlank @Pattern(regexp = PERSON_ID) String personId, @NotBlank @Size(max = 100) String name,
            @Size(max = 100) String post) {
    }

    record AuthorisationRequest(@NotNull DelegationCategory category, @NotBlank @Size(max = 1000) String purpose,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid PersonRequest> people,
            @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = COUNTRY, message = "must be an ISO 3166 country code") String> countries,
            @NotNull LocalDate validFrom) {
    }

    record ReasonRequest(@NotBlank @Size(min = 10, max = 1000) String reason) {
    }

    record TripRequest(@NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = PERSON_ID) String> personIds,
            @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = COUNTRY, message = "must be an ISO 3166 country code") String> countries,
            @NotNull LocalDate departureDate, @NotNull LocalDate returnDate, @NotBlank @Size(max = 1000) String purpose) {
    }

    record AuthorisationView(String id, String unit, DelegationCategory category, String purpose,
            List<AuthorisedPerson> people, List<String> countries, LocalDate validFrom, LocalDate validUntil,
            AuthorisationStatus status, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
            String reason, List<AuthorisedTrip> trips, long version) {

        static AuthorisationView of(MultiTripAuthorisation a) {
            return new AuthorisationView(a.id(), a.unit(), a.category(), a.purpose(), a.people(), a.countries(),
                    a.validFrom(), a.validUntil(), a.status(), a.requestedBy(), a.requestedAt(), a.decidedBy(),
                    a.decidedAt(), a.reason(), a.trips(), a.version() == null ? 0 : a.version());
        }
    }

    @PostMapping
    @Operation(summary = "Request a multi-trip authorisation for the caller's unit (unit clerk)")
    ResponseEntity<AuthorisationView> request(@Valid @RequestBody AuthorisationRequest request, Actor actor) {
        MultiTripAuthorisation created = service.request(actor, request.category(), request.purpose(),
                request.people().stream().map(p -> new AuthorisedPerson(p.personId(), p.name(), p.post())).toList(),
                request.countries(), request.validFrom());
        return ResponseEntity.created(URI.create("/api/travel/authorisations/" + created.id()))
                .eTag(ETags.of(created.version())).body(AuthorisationView.of(created));
    }

    @GetMapping("/{id}")
    ResponseEntity<AuthorisationView> get(@PathVariable String id, Actor actor) {
        MultiTripAuthorisation found = service.get(actor, id);
        return ETags.ok(AuthorisationView.of(found), found.version());
    }

    @GetMapping
    @Operation(summary = "List authorisations, newest first; unit staff see only their unit's")
    PageOf<AuthorisationView> list(@RequestParam(required = false) AuthorisationStatus status,
            @RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        Page<MultiTripAuthorisation> found = service.list(actor, status, unit,
                PageRequest.of(request.page(), request.size(), Sort.by(Sort.Direction.DESC, "requestedAt")));
        return PageOf.of(found, request, AuthorisationView::of);
    }

    @PostMapping("/{id}/grant")
    @Operation(summary = "Grant it for MULTI_TRIP_VALIDITY_MONTHS from its start (FAO director)")
    ResponseEntity<AuthorisationView> grant(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        MultiTripAuthorisation changed = service.grant(actor, id, ETags.expectedVersion(ifMatch));
        return ETags.ok(AuthorisationView.of(changed), changed.version());
    }

    @PostMapping("/{id}/refuse")
    @Operation(summary = "Refuse it with a written reason (FAO director)")
    ResponseEntity<AuthorisationView> refuse(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        MultiTripAuthorisation changed = service.refuse(actor, id, ETags.expectedVersion(ifMatch), request.reason());
        return ETags.ok(AuthorisationView.of(changed), changed.version());
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "Revoke a granted authorisation with a written reason (FAO director)")
    ResponseEntity<AuthorisationView> revoke(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        MultiTripAuthorisation changed = service.revoke(actor, id, ETags.expectedVersion(ifMatch), request.reason());
        return ETags.ok(AuthorisationView.of(changed), changed.version());
    }

    @PostMapping("/{id}/trips")
    @Operation(summary = "Register a trip under the authorisation instead of a full review (unit clerk)")
    ResponseEntity<AuthorisationView> registerTrip(@PathVariable String id, @Valid @RequestBody TripRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        MultiTripAuthorisation changed = service.registerTrip(actor, id, ETags.expectedVersion(ifMatch),
                request.personIds(), request.countries(), request.departureDate(), request.returnDate(),
                request.purpose());
        return ETags.ok(AuthorisationView.of(changed), changed.version());
    }
}
