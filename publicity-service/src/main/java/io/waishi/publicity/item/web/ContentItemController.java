package io.waishi.publicity.item.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.web.ETags;
import io.waishi.platform.web.PageOf;
import io.waishi.publicity.item.ContentItem;
import io.waishi.publicity.item.ContentItemService;
import io.waishi.publicity.item.ItemKind;
import io.waishi.publicity.item.ItemOrigin;
import io.waishi.publicity.item.ItemStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
@RequestMapping("/api/publicity/items")
@Tag(name = "Content items", description = "External publicity content, from draft to publication")
class ContentItemController {

    record Text(@NotBlank @Size(max = 300) String zh, @Size(max = 300) String en) {

        LocalizedText toDomain() {
            return LocalizedText.of(zh, en);
        }
    }

    record DraftItem(@NotNull ItemKind kind, @NotNull @Valid Text title, @Valid Text summary) {
    }

    record ItemView(String id, ItemKind kind, LocalizedText title, LocalizedText summary, ItemStatus status,
            ItemOrigin origin, String draftedBy, Instant draftedAt, long version) {

        static ItemView of(ContentItem item) {
            return new ItemView(item.id(), item.kind(), item.title(), item.summary(), item.status(), item.origin(),
                    item.draftedBy(), item.draftedAt(), item.version() == null ? 0 : item.version());
        }
    }

    private final ContentItemService service;

    ContentItemController(ContentItemService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Open a draft (publicity editor)")
    ResponseEntity<ItemView> draft(@Valid @RequestBody DraftItem request, Actor actor) {
        ContentItem item = service.draft(actor, request.kind(), request.title().toDomain(),
                request.summary() == null ? null : request.summary().toDomain());
        return ResponseEntity.created(URI.create("/api/publicity/items/" + item.id()))
                .eTag(ETags.of(item.version()))
                .body(ItemView.of(item));
    }

    @GetMapping("/{id}")
    ResponseEntity<ItemView> get(@PathVariable String id, Actor actor) {
        ContentItem item = service.get(actor, id);
        return ETags.ok(ItemView.of(item), item.version());
    }

    @GetMapping
    @Operation(summary = "List items, newest first; the editors' queue is status=DRAFT")
    PageOf<ItemView> list(@RequestParam(required = false) ItemStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Actor actor) {
        PageOf.Request request = PageOf.request(page, size);
        Page<ContentItem> found = service.list(actor, status,
                PageRequest.of(request.page(), request.size(), Sort.by(Sort.Direction.DESC, "draftedAt")));
        return new PageOf<>(found.map(ItemView::of).getContent(), request.page(), request.size(),
                found.getTotalElements());
    }
}
