package io.waishi.sistercity.partner.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.PublicWebAddress;
import io.waishi.platform.domain.Role;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.sistercity.activity.ActivityFilter;
import io.waishi.sistercity.activity.ActivityService;
import io.waishi.sistercity.activity.web.ActivityView;
import io.waishi.sistercity.partner.AdministrativeLevel;
import io.waishi.sistercity.partner.Contact;
import io.waishi.sistercity.partner.PartnerCity;
import io.waishi.sistercity.partner.PartnerCityNames;
import io.waishi.sistercity.partner.PartnerCityService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
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
@RequestMapping("/api/sister-cities/partner-cities")
@Tag(name = "Partner cities", description = "Foreign cities the office works with")
class PartnerCityController {

    record Names(@NotBlank @Size(max = 100) String zh, @NotBlank @Size(max = 100) String en,
            @Size(max = 100) String local) {
    }

    record RegisterPartnerCity(
            @NotNull @Valid Names names,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code") String country,
            @Size(max = 100) String region,
            @NotNull AdministrativeLevel administrativeLevel,
            @NotNull Boolean diplomaticRelations,
            Boolean otherChineseSisterCity) {
    }

    record Text(@NotBlank @Size(max = 4000) String zh, @Size(max = 4000) String en) {
    }

    record ContactRequest(@NotBlank @Size(max = 100) String name, @Size(max = 200) String role,
            @Size(max = 200) String organisation, @Size(max = 200) String email, @Size(max = 50) String phone,
            @Size(max = 10) List<@NotBlank @Size(max = 35) String> languages) {

        Contact toContact() {
            return new Contact(name, role, organisation, email, phone, languages);
        }
    }

    /** Everything an officer keeps on the partner's file; the country is its identity and stays. */
    record RevisePartnerCity(
            @NotNull @Valid Names names,
            @Size(max = 100) String region,
            @NotNull AdministrativeLevel administrativeLevel,
            @NotNull Boolean diplomaticRelations,
            @NotNull Boolean otherChineseSisterCity,
            @Valid Text profile,
            @Size(max = PublicWebAddress.MAX_LENGTH) String website,
            @Size(max = PartnerCity.MAX_CONTACTS) List<@Valid ContactRequest> contacts) {
    }

    /**
     * A partner city as the API shows it. Contacts are personal data: only the roles that deal with partners
     * see them; others (a unit's clerk choosing the partner of a trip) get an empty list.
     */
    record PartnerCityView(String id, PartnerCityNames names, String country, String region,
            AdministrativeLevel administrativeLevel, boolean diplomaticRelations, boolean otherChineseSisterCity,
            LocalizedText profile, String website, List<Contact> contacts, String registeredBy, Instant registeredAt,
            String revisedBy, Instant revisedAt, long version) {

        static final Role[] SEE_CONTACTS = {Role.SISTER_CITY_OFFICER, Role.FAO_OFFICER, Role.FAO_DIRECTOR,
            Role.RECEPTION_OFFICER, Role.AUDITOR, Role.ADMIN};

        static PartnerCityView of(PartnerCity city, Actor actor) {
            return new PartnerCityView(city.id(), city.names(), city.country(), city.region(),
                    city.administrativeLevel(), city.diplomaticRelations(), city.otherChineseSisterCity(),
                    city.profile(), city.website() == null ? null : city.website().value(),
                    actor.hasAny(SEE_CONTACTS) ? city.contacts() : List.of(), city.registeredBy(),
                    city.registeredAt(), city.revisedBy(), city.revisedAt(), city.version() == null ? 0 : city.version());
        }
    }

    private final PartnerCityService service;
    private final ActivityService activities;

    PartnerCityController(PartnerCityService service, ActivityService activities) {
        this.service = service;
        this.activities = activities;
    }

    @PostMapping
    @Operation(summary = "Register a partner city (sister-city officer)")
    ResponseEntity<PartnerCityView> register(@Valid @RequestBody RegisterPartnerCity request, Actor actor) {
        PartnerCity city = service.register(actor, new PartnerCityNames(request.names().zh(), request.names().en(),
                request.names().local()), request.country(), request.region(), request.administrativeLevel(),
                request.diplomaticRelations(), Boolean.TRUE.equals(request.otherChineseSisterCity()));
        return ResponseEntity.created(URI.create("/api/sister-cities/partner-cities/" + city.id()))
                .eTag(ETags.of(city.version()))
                .body(PartnerCityView.of(city, actor));
    }

    @GetMapping("/{id}")
    ResponseEntity<PartnerCityView> get(@PathVariable String id, Actor actor) {
        PartnerCity city = service.get(id);
        return ETags.ok(PartnerCityView.of(city, actor), city.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise the partner's file: names, region, tier, diplomatic relations, another Chinese "
            + "sister city, profile, website, contacts (sister-city officer; If-Match)")
    ResponseEntity<PartnerCityView> revise(@PathVariable String id, @Valid @RequestBody RevisePartnerCity request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return ETags.command(ifMatch, version -> service.revise(actor, id, version,
                new PartnerCityNames(request.names().zh(), request.names().en(), request.names().local()),
                request.region(), request.administrativeLevel(), request.diplomaticRelations(),
                request.otherChineseSisterCity(),
                request.profile() == null ? null : LocalizedText.of(request.profile().zh(), request.profile().en()),
                request.website() == null || request.website().isBlank() ? null
                        : new PublicWebAddress(request.website()),
                request.contacts() == null ? List.of()
                        : request.contacts().stream().map(ContactRequest::toContact).toList()),
                city -> PartnerCityView.of(city, actor));
    }

    @GetMapping
    PageOf<PartnerCityView> list(@RequestParam(required = false) String country,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        Page<PartnerCity> found = service.list(country,
                PageRequest.of(request.page(), request.size(), Sort.by("names.en")));
        return PageOf.of(found, request, city -> PartnerCityView.of(city, actor));
    }

    @GetMapping("/{id}/activities")
    @Operation(summary = "The partner's exchange activities, latest first (the readers of activities)")
    PageOf<ActivityView> activities(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Actor actor) {
        service.get(id);
        PageOf.Request request = PageOf.request(page, size);
        var found = activities.list(actor, new ActivityFilter(id, null, null, null, null, null, null),
                PageRequest.of(request.page(), request.size(), Sort.by(Sort.Direction.DESC, "startDate")));
        return PageOf.of(found, request, activity -> ActivityView.of(activity, actor));
    }
}
