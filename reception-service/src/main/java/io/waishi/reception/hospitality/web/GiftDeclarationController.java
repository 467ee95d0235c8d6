package io.waishi.reception.hospitality.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.reception.hospitality.DeclarationStatus;
import io.waishi.reception.hospitality.Hospitality;
import io.waishi.reception.hospitality.HospitalityService;
import io.waishi.reception.hospitality.HospitalityService.Found;
import io.waishi.reception.hospitality.web.HospitalityRequests.DeclarationView;
import io.waishi.reception.hospitality.web.HospitalityRequests.DeclaredRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
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
 * The office's gift declarations (RULES.md §3, S20): the tasks gifts received at or above the threshold opened,
 * most urgent first, overdue ones flagged; reception officers record them as declared. A declaration's ETag
 * is that of the visit's hospitality it lives in.
 */
@RestController
@RequestMapping("/api/receptions/gift-declarations")
@Tag(name = "Gift declarations", description = "Gifts received to declare and hand in (礼品登记上交)")
class GiftDeclarationController {

    private final HospitalityService service;

    GiftDeclarationController(HospitalityService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Declarations by status (DUE includes overdue ones; overdue=true keeps only those), "
            + "most urgent first (reception officers, auditors)")
    PageOf<DeclarationView> list(@RequestParam(required = false) DeclarationStatus status,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        List<Found> found = service.declarations(actor, status, overdue);
        LocalDate today = service.today();
        return PageOf.of(found, request, f -> DeclarationView.of(f.declaration(), f.hospitality(), today));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One declaration, with the ETag of the visit's hospitality (reception officers, auditors)")
    ResponseEntity<DeclarationView> get(@PathVariable String id, Actor actor) {
        Hospitality hospitality = service.holding(actor, id);
        return ETags.ok(view(hospitality, id), hospitality.version());
    }

    @PostMapping("/{id}/declared")
    @Operation(summary = "Record the gift as declared and handed in: when, by whom, where it went (reception officer)")
    ResponseEntity<DeclarationView> declared(@PathVariable String id, @Valid @RequestBody DeclaredRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return ETags.command(ifMatch, version -> service.declare(actor, id, version, request.handedInOn(),
                request.handedInBy(), request.handedTo()), hospitality -> view(hospitality, id));
    }

    private DeclarationView view(Hospitality hospitality, String id) {
        return DeclarationView.of(hospitality.declaration(id).orElseThrow(), hospitality, service.today());
    }
}
