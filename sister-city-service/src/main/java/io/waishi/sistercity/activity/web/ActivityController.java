package io.waishi.sistercity.activity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.sistercity.activity.ActivityFilter;
import io.waishi.sistercity.activity.ActivityService;
import io.waishi.sistercity.activity.ExchangeActivity;
import io.waishi.sistercity.activity.web.ActivityRequests.AmendRequest;
import io.waishi.sistercity.activity.web.ActivityRequests.CancelRequest;
import io.waishi.sistercity.activity.web.ActivityRequests.HoldRequest;
import io.waishi.sistercity.activity.web.ActivityRequests.RecordActivity;
import io.waishi.sistercity.relationship.CooperationField;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchange activities over HTTP: recorded by hand or from the trips and visits of the other services;
 * marked held, cancelled or amended by the sister-city officer, each command with If-Match.
 */
@RestController
@RequestMapping("/api/sister-cities/activities")
@Tag(name = "Exchange activities", description = "Exchanges with partner cities")
class ActivityController {

    private final ActivityService service;

    ActivityController(ActivityService service) {
        this.service = service;
    }

    private static ResponseEntity<ActivityView> command(String ifMatch, Actor actor,
            Function<Long, ExchangeActivity> command) {
        return ETags.command(ifMatch, command, activity -> ActivityView.of(activity, actor));
    }

    @PostMapping
    @Operation(summary = "Record an exchange with a partner city by hand, planned or held (sister-city officer)")
    ResponseEntity<ActivityView> record(@Valid @RequestBody RecordActivity request, Actor actor) {
        ExchangeActivity activity = service.record(actor, request.partnerCityId(), request.direction(),
                request.status(), request.title().toText(), request.startDate(), request.endDate(), request.field(),
                request.tags(), request.delegationSize(), ActivityRequests.text(request.outcome()));
        return ResponseEntity.created(URI.create("/api/sister-cities/activities/" + activity.id()))
                .eTag(ETags.of(activity.version()))
                .body(ActivityView.of(activity, actor));
    }

    @GetMapping("/{id}")
    ResponseEntity<ActivityView> get(@PathVariable String id, Actor actor) {
        ExchangeActivity activity = service.get(actor, id);
        return ETags.ok(ActivityView.of(activity, actor), activity.version());
    }

    @GetMapping
    @Operation(summary = "Activities by partner, direction, status, field, tag and start date (a year, or from-to), "
            + "latest first")
    PageOf<ActivityView> list(@RequestParam(required = false) String partnerCityId,
            @RequestParam(required = false) ExchangeActivity.Direction direction,
            @RequestParam(required = false) ExchangeActivity.Status status,
            @RequestParam(required = false) CooperationField field, @RequestParam(required = false) String tag,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Actor actor) {
        if (year != null) {
            if (from != null || to != null) {
                throw new IllegalArgumentException("Search by year or by from-to, not both");
            }
            if (year < 1900 || year > 2999) {
                throw new IllegalArgumentException("Not a year to search: " + year);
            }
            from = LocalDate.of(year, 1, 1);
            to = LocalDate.of(year, 12, 31);
        }
        PageOf.Request request = PageOf.request(page, size);
        Page<ExchangeActivity> found = service.list(actor,
                new ActivityFilter(partnerCityId, direction, status, field, tag, from, to),
                PageRequest.of(request.page(), request.size(),
                        Sort.by(Sort.Direction.DESC, "startDate").and(Sort.by("id"))));
        return PageOf.of(found, request, activity -> ActivityView.of(activity, actor));
    }

    @PostMapping("/{id}/held")
    @Operation(summary = "Mark a planned activity held, with its outcome and actual dates (sister-city officer)")
    ResponseEntity<ActivityView> held(@PathVariable String id, @Valid @RequestBody HoldRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.hold(actor, id, version, request.startDate(),
                request.endDate(), request.outcome().toText()));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a planned activity with the reason (sister-city officer)")
    ResponseEntity<ActivityView> cancel(@PathVariable String id, @Valid @RequestBody CancelRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.cancel(actor, id, version, request.reason()));
    }

    @PatchMapping("/{id}/details")
    @Operation(summary = "Restate the field, tags, size or (once held) outcome (sister-city officer)")
    ResponseEntity<ActivityView> amend(@PathVariable String id, @Valid @RequestBody AmendRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, actor, version -> service.amend(actor, id, version, request.field(), request.tags(),
                request.delegationSize(), ActivityRequests.text(request.outcome())));
    }
}
