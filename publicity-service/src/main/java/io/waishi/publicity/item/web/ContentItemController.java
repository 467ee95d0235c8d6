package io.waishi.publicity.item.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.publicity.item.ContentItem;
import io.waishi.publicity.item.ContentItemService;
import io.waishi.publicity.item.ItemKind;
import io.waishi.publicity.item.ItemSearch;
import io.waishi.publicity.item.ItemStatus;
import io.waishi.publicity.review.ReviewStep;
import io.waishi.publicity.item.RevisionDiff;
import io.waishi.publicity.item.web.ItemRequests.ApproveRequest;
import io.waishi.publicity.item.web.ItemRequests.CreateItem;
import io.waishi.publicity.item.web.ItemRequests.ItemView;
import io.waishi.publicity.item.web.ItemRequests.RetractRequest;
import io.waishi.publicity.item.web.ItemRequests.RevisionView;
import io.waishi.publicity.item.web.ItemRequests.SendBackRequest;
import io.waishi.publicity.item.web.ItemRequests.VersionRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
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

/**
 * Content items over HTTP: the item with its language versions, each reviewed on its own through the three
 * reviews. Every change is a command with If-Match that answers with the item and its new ETag.
 */
@RestController
@RequestMapping("/api/publicity/items")
@Tag(name = "Content items", description = "External publicity content in its languages, under the three reviews (三审)")
class ContentItemController {

    private final ContentItemService service;

    ContentItemController(ContentItemService service) {
        this.service = service;
    }

    private static ResponseEntity<ItemView> command(String ifMatch, Function<Long, ContentItem> command) {
        return ETags.command(ifMatch, command, ItemView::of);
    }

    @PostMapping
    @Operation(summary = "Open an item with its Chinese text (publicity editor)")
    ResponseEntity<ItemView> create(@Valid @RequestBody CreateItem request, Actor actor) {
        ContentItem item = service.draft(actor, request.toDraft());
        return ResponseEntity.created(URI.create("/api/publicity/items/" + item.id()))
                .eTag(ETags.of(item.version()))
                .body(ItemView.of(item));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One item with its versions, their review state, step and decisions, and its history")
    ResponseEntity<ItemView> get(@PathVariable String id, Actor actor) {
        ContentItem item = service.get(actor, id);
        return ETags.ok(ItemView.of(item), item.version());
    }

    @GetMapping
    @Operation(summary = "Items by kind, tag, state, language, partner city, words in a title (q, literal) and the "
            + "review step a version waits at (waitingFor: a reviewer's queue), newest first")
    PageOf<ItemView> list(@RequestParam(required = false) ItemKind kind,
            @RequestParam(required = false) @Size(max = 40) String tag,
            @RequestParam(required = false) ItemStatus state,
            @RequestParam(required = false) ItemStatus status,
            @RequestParam(required = false) @Size(max = 20) String language,
            @RequestParam(required = false) @Size(max = 100) String partnerCityId,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) ReviewStep waitingFor,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        Page<ContentItem> found = service.list(actor,
                new ItemSearch.Filter(kind, tag, state != null ? state : status, language, partnerCityId, q,
                        waitingFor),
                request.page(), request.size());
        return PageOf.of(found, request, ItemView::of);
    }

    @PutMapping("/{id}/versions/{language}")
    @Operation(summary = "Edit a version's text, or add a translation (with its translator); a change keeps a new "
            + "revision and restarts that version's review — on an approved version it is a correction (publicity editor)")
    ResponseEntity<ItemView> putVersion(@PathVariable String id, @PathVariable String language,
            @Valid @RequestBody VersionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, version -> service.writeVersion(actor, id, version, language, request.toText(),
                request.translator()));
    }

    @PostMapping("/{id}/versions/{language}/submit")
    @Operation(summary = "Submit a version's current revision to the first review (publicity editor)")
    ResponseEntity<ItemView> submit(@PathVariable String id, @PathVariable String language,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, version -> service.submit(actor, id, version, language));
    }

    @PostMapping("/{id}/versions/{language}/review/approve")
    @Operation(summary = "Approve a version at its current step: first review by an editor, second by the section "
            + "head, final by the leader")
    ResponseEntity<ItemView> approve(@PathVariable String id, @PathVariable String language,
            @Valid @RequestBody(required = false) ApproveRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, version -> service.approve(actor, id, version, language,
                request == null ? null : request.comment()));
    }

    @PostMapping("/{id}/versions/{language}/review/send-back")
    @Operation(summary = "Send a version back to the editor at its current step, with comments (that step's reviewer)")
    ResponseEntity<ItemView> sendBack(@PathVariable String id, @PathVariable String language,
            @Valid @RequestBody SendBackRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, version -> service.sendBack(actor, id, version, language, request.comment()));
    }

    @PostMapping("/{id}/retract")
    @Operation(summary = "Retract the whole item, with the reason: hidden, history kept (publicity leader)")
    ResponseEntity<ItemView> retract(@PathVariable String id, @Valid @RequestBody RetractRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return command(ifMatch, version -> service.retract(actor, id, version, request.reason()));
    }

    @GetMapping("/{id}/versions/{language}/revisions")
    @Operation(summary = "Every revision of a version's text, oldest first")
    List<RevisionView> revisions(@PathVariable String id, @PathVariable String language, Actor actor) {
        return service.revisions(actor, id, language).stream().map(RevisionView::of).toList();
    }

    @GetMapping("/{id}/versions/{language}/diff")
    @Operation(summary = "Line-level diff of title, summary and body between two revisions")
    RevisionDiff diff(@PathVariable String id, @PathVariable String language, @RequestParam int from,
            @RequestParam int to, Actor actor) {
        return service.diff(actor, id, language, from, to);
    }
}
