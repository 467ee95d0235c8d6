package io.waishi.publicity.country.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.web.PageOf;
import io.waishi.publicity.country.CountryProfile;
import io.waishi.publicity.country.CountryProfileService;
import io.waishi.publicity.country.web.CountryProfileViews.PublicProfile;
import io.waishi.publicity.country.web.CountryProfileViews.PublicSummary;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Country profiles for anyone, without a token: published revisions only, cached for five minutes. */
@RestController
@RequestMapping("/public/countries")
@Tag(name = "Public country profiles", description = "Published country profiles and alert levels, anonymous")
class PublicCountryController {

    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final CountryProfileService service;

    PublicCountryController(CountryProfileService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Published profiles: code, name and current alert level")
    ResponseEntity<PageOf<PublicSummary>> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        PageOf.Request request = PageOf.request(page, size);
        Page<CountryProfile> found = service.listPublished(
                PageRequest.of(request.page(), request.size(), Sort.by("_id")));
        return ResponseEntity.ok().cacheControl(FIVE_MINUTES).body(PageOf.of(found, request, PublicSummary::of));
    }

    @GetMapping("/{code}")
    @Operation(summary = "The published revision of a profile and its alert level; 404 while none is published, "
            + "304 when If-None-Match names the current ETag")
    ResponseEntity<PublicProfile> get(@PathVariable String code,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        CountryProfile profile = service.published(code);
        String etag = PublicProfile.etagOf(profile);
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(FIVE_MINUTES).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(FIVE_MINUTES).body(PublicProfile.of(profile));
    }
}
