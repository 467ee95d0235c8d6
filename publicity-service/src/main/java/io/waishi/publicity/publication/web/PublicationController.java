package io.waishi.publicity.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.publicity.publication.Channel;
import io.waishi.publicity.publication.ItemPublications;
import io.waishi.publicity.publication.Publication;
import io.waishi.publicity.publication.PublicationService;
import io.waishi.publicity.publication.PublicationService.Result;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/publicity")
@Tag(name = "Publications", description = "Publishing reviewed items on the office's channels, now or at an "
        + "embargo in the office zone")
class PublicationController {

    /** {@code at}: a local date-time in the office zone (Asia/Shanghai), absent to publish now. */
    record PublishRequest(@NotNull Channel channel, @NotBlank @Size(max = 20) String language, LocalDateTime at) {
    }

    record PublicationView(String publicationId, String itemId, Channel channel, String language, Integer revision,
            String status, Instant scheduledAt, LocalDateTime scheduledAtLocal, Instant publishedAt,
            String scheduledBy, Instant withdrawnAt, String withdrawnBy, String withdrawal) {

        static PublicationView of(String itemId, Publication p, ZoneId zone) {
            return new PublicationView(p.publicationId(), itemId, p.channel(), p.language(), p.revision(),
                    p.status().name(), p.scheduledAt(), LocalDateTime.ofInstant(p.scheduledAt(), zone),
                    p.publishedAt(), p.scheduledBy(), p.withdrawnAt(), p.withdrawnBy(),
                    p.withdrawal() == null ? null : p.withdrawal().name());
        }
    }

    record ChannelView(Channel channel, List<String> languages) {
    }

    record ItemPublicationsView(String itemId, List<PublicationView> publications, Instant retractionNoticedAt) {

        static ItemPublicationsView of(ItemPublications all, ZoneId zone) {
            return new ItemPublicationsView(all.itemId(), all.publications().stream()
                    .map(p -> PublicationView.of(all.itemId(), p, zone)).toList(), all.retractionNoticedAt());
        }
    }

    private final PublicationService service;

    PublicationController(PublicationService service) {
        this.service = service;
    }

    @GetMapping("/channels")
    @Operation(summary = "The office's channels and the languages each takes")
    List<ChannelView> channels() {
        return java.util.Arrays.stream(Channel.values()).map(c -> new ChannelView(c, c.languages())).toList();
    }

    @PostMapping("/items/{id}/publications")
    @Operation(summary = "Publish a finally reviewed language version on a channel now, or at an embargo "
            + "(local date-time in the office zone) (publicity editor)")
    ResponseEntity<PublicationView> publish(@PathVariable String id, @Valid @RequestBody PublishRequest request,
            Actor actor) {
        Instant at = request.at() == null ? null : request.at().atZone(service.officeZone()).toInstant();
        Result result = service.publish(actor, id, request.channel(), request.language(), at);
        return ResponseEntity.created(URI.create("/api/publicity/items/" + id + "/publications"))
                .eTag(ETags.of(result.publications().version()))
                .body(PublicationView.of(id, result.publication(), service.officeZone()));
    }

    @GetMapping("/items/{id}/publications")
    @Operation(summary = "Where an item is published, scheduled or was withdrawn, per channel and language")
    ResponseEntity<ItemPublicationsView> list(@PathVariable String id, Actor actor) {
        ItemPublications all = service.of(actor, id);
        return ResponseEntity.ok(ItemPublicationsView.of(all, service.officeZone()));
    }

    @PostMapping("/publications/{pubId}/withdraw")
    @Operation(summary = "Take a publication off its channel, or unschedule it (publicity editor)")
    ResponseEntity<PublicationView> withdraw(@PathVariable String pubId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        Result result = service.withdraw(actor, pubId, ETags.expectedVersion(ifMatch));
        return ETags.ok(PublicationView.of(result.publications().itemId(), result.publication(),
                service.officeZone()), result.publications().version());
    }
}
