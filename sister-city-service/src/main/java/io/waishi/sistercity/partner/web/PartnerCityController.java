package io.waishi.sistercity.partner.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.sistercity.activity.ActivityFilter;
import io.waishi.sistercity.activity.ActivityService;
import io.waishi.sistercity.activity.web.ActivityView;
import io.waishi.sistercity.partner.AdministrativeLevel;
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
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    record PartnerCityView(String id, PartnerCityNames names, String country, String region,
            AdministrativeLevel administrativeLevel, boolean diplomaticRelations, boolean otherChineseSisterCity,
            String registeredBy, Instant registeredAt, long version) {

        static PartnerCityView of(PartnerCity city) {
            return new PartnerCityView(city.id(), city.names(), city.country(), city.region(),
                    city.administrativeLevel(), city.diplomaticRelations(), city.otherChineseSisterCity(), city.registeredBy(),
                    city.registeredAt(),
                    city.version() == null ? 0 : city.version());
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
                .body(PartnerCityView.of(city));
    }

    @GetMapping("/{id}")
    ResponseEntity<PartnerCityView> get(@PathVariable String id) {
        PartnerCity city = service.get(id);
        return ETags.ok(PartnerCityView.of(city), city.version());
    }

    @GetMapping
    PageOf<PartnerCityView> list(@RequestParam(required = false) String country,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageOf.Request request = PageOf.request(page, size);
        Page<PartnerCity> found = service.list(country,
                PageRequest.of(request.page(), request.size(), Sort.by("names.en")));
        return new PageOf<>(found.map(PartnerCityView::of).getContent(), request.page(), request.size(),
                found.getTotalElements());
    }

    @GetMapping("/{id}/activities")
    @Operation(summary = "The partner's exchange activities, latest first (the readers of activities)")
    PageOf<ActivityView> activities(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Actor actor) {
        service.get(id);
        PageOf.Request request = PageOf.request(page, size);
        var found = activities.list(actor, new ActivityFilter(id, null, null, null, null, null, null),
                PageRequest.of(request.page(), request.size(), Sort.by(Sort.Direction.DESC, "startDate")));
        return new PageOf<>(found.map(activity -> ActivityView.of(activity, actor)).getContent(), request.page(),
                request.size(), found.getTotalElements());
    }
}
