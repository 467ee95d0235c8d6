package io.waishi.publicity.country.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.PublicWebAddress;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.publicity.country.AlertLevel;
import io.waishi.publicity.country.ConsularContact;
import io.waishi.publicity.country.CountryProfile;
import io.waishi.publicity.country.CountryProfileService;
import io.waishi.publicity.country.ProfileSource;
import io.waishi.publicity.country.ProfileText;
import io.waishi.publicity.country.web.CountryProfileViews.ProfileSummary;
import io.waishi.publicity.country.web.CountryProfileViews.ProfileView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
@RequestMapping("/api/publicity/countries")
@Tag(name = "Country profiles", description = "Information for departments and firms going abroad: profiles "
        + "through the three reviews, and the safety alert level")
class CountryProfileController {

    record Text(@NotBlank @Size(max = 20000) String zh, @Size(max = 20000) String en) {

        static LocalizedText toDomain(Text text) {
            return text == null ? null : LocalizedText.of(text.zh(), text.en());
        }
    }

    record Contact(@NotNull @Valid Text name, @Valid Text address, @Size(max = 50) String phone,
            @Size(max = PublicWebAddress.MAX_LENGTH) String website, @Size(max = 50) String emergencyHotline) {

        ConsularContact toDomain() {
            return new ConsularContact(Text.toDomain(name), Text.toDomain(address), phone,
                    website == null || website.isBlank() ? null : new PublicWebAddress(website), emergencyHotline);
        }
    }

    record Source(@NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = PublicWebAddress.MAX_LENGTH) String address) {

        ProfileSource toDomain() {
            return new ProfileSource(title, new PublicWebAddress(address));
        }
    }

    record ProfileRequest(@NotNull @Valid Text name, @Valid Text basics, @Valid Text economyAndTrade,
            @Valid Text cultureAndEtiquette, @Valid Text entryRequirements,
            @Size(max = 20) List<@Valid @NotNull Contact> consularContacts,
            @Size(max = 50) List<@Valid @NotNull Source> sources, LocalDate lastReviewedOn) {

        ProfileText toDomain() {
            return new ProfileText(Text.toDomain(name), Text.toDomain(basics), Text.toDomain(economyAndTrade),
                    Text.toDomain(cultureAndEtiquette), Text.toDomain(entryRequirements),
                    consularContacts == null ? null : consularContacts.stream().map(Contact::toDomain).toList(),
                    sources == null ? null : sources.stream().map(Source::toDomain).toList(), lastReviewedOn);
        }
    }

    record OpenProfile(@NotNull @Pattern(regexp = "[A-Z]{2}") String countryCode, @NotNull @Valid ProfileRequest profile) {
    }

    record Decision(@Size(max = 2000) String comment) {
    }

    record SetAlertLevel(@NotNull @Min(1) @Max(4) Integer level, @Valid Text summary, Instant effectiveFrom) {
    }

    private final CountryProfileService service;

    CountryProfileController(CountryProfileService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Open the profile of a country, as a draft (publicity editor)")
    ResponseEntity<ProfileView> open(@Valid @RequestBody OpenProfile request, Actor actor) {
        CountryProfile profile = service.open(actor, request.countryCode(), request.profile().toDomain());
        return ResponseEntity.created(URI.create("/api/publicity/countries/" + profile.countryCode()))
                .eTag(ETags.of(profile.version()))
                .body(ProfileView.of(profile));
    }

    @GetMapping
    @Operation(summary = "List profiles by country code, with their review state and current alert level")
    PageOf<ProfileSummary> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        Page<CountryProfile> found = service.list(actor,
                PageRequest.of(request.page(), request.size(), Sort.by("_id")));
        return PageOf.of(found, request, ProfileSummary::of);
    }

    @GetMapping("/{code}")
    @Operation(summary = "A profile: working draft, published revision, review and alert level history")
    ResponseEntity<ProfileView> get(@PathVariable String code, Actor actor) {
        CountryProfile profile = service.get(actor, code);
        return ETags.ok(ProfileView.of(profile), profile.version());
    }

    @PutMapping("/{code}")
    @Operation(summary = "Edit the working draft (publicity editor); a submitted or published text becomes a new "
            + "revision to review")
    ResponseEntity<ProfileView> edit(@PathVariable String code, @Valid @RequestBody ProfileRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        ProfileText text = request.toDomain();
        return ETags.command(ifMatch, version -> service.edit(actor, code, version, text), ProfileView::of);
    }

    @PostMapping("/{code}/submit")
    @Operation(summary = "Submit the working draft to the first review (publicity editor)")
    ResponseEntity<ProfileView> submit(@PathVariable String code,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return ETags.command(ifMatch, version -> service.submit(actor, code, version), ProfileView::of);
    }

    @PostMapping("/{code}/review/approve")
    @Operation(summary = "Approve at the current step: first review editor, second section head, final leader; "
            + "the final approval publishes the revision")
    ResponseEntity<ProfileView> approve(@PathVariable String code, @Valid @RequestBody(required = false) Decision decision,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        String comment = decision == null ? null : decision.comment();
        return ETags.command(ifMatch, version -> service.approve(actor, code, version, comment), ProfileView::of);
    }

    @PostMapping("/{code}/review/send-back")
    @Operation(summary = "Send the text back to the editors with comments (the current step's reviewer)")
    ResponseEntity<ProfileView> sendBack(@PathVariable String code, @Valid @RequestBody Decision decision,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return ETags.command(ifMatch, version -> service.sendBack(actor, code, version, decision.comment()),
                ProfileView::of);
    }

    @PostMapping("/{code}/alert-level")
    @Operation(summary = "Set the safety alert level 1-4 (publicity leader); a change is announced at once as "
            + "waishi.publicity.country.alert-level-changed.v1, the same level again changes nothing")
    ResponseEntity<ProfileView> setAlertLevel(@PathVariable String code, @Valid @RequestBody SetAlertLevel request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        AlertLevel level = AlertLevel.of(request.level());
        LocalizedText summary = Text.toDomain(request.summary());
        return ETags.command(ifMatch,
                version -> service.setAlertLevel(actor, code, version, level, summary, request.effectiveFrom()),
                ProfileView::of);
    }
}
