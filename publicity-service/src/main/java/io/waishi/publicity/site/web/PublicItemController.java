package io.waishi.publicity.site.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.web.PageOf;
import io.waishi.publicity.item.ItemKind;
import io.waishi.publicity.site.PublicSite;
import io.waishi.publicity.site.PublicSite.Filter;
import io.waishi.publicity.site.PublishedItem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Published items for anyone, without a token: only the revision that passed the final review and went out,
 * never a retracted item; cached for a minute, with a strong ETag computed from what is returned.
 */
@RestController
@Tag(name = "Public items", description = "Published publicity items and their Atom feeds, anonymous")
class PublicItemController {

    static final int MAX_SIZE = 50;
    static final int FEED_ENTRIES = 20;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private static final CacheControl ONE_MINUTE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private final PublicSite site;

    PublicItemController(PublicSite site) {
        this.site = site;
    }

    @GetMapping("/public/items")
    @Operation(summary = "Items published in a language, newest first, by kind, tag and partner city; "
            + "304 when If-None-Match names the current ETag")
    ResponseEntity<PageOf<PublishedItem>> list(@RequestParam String language,
            @RequestParam(required = false) ItemKind kind, @RequestParam(required = false) String tag,
            @RequestParam(required = false) String partnerCityId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        PageOf.Request request = PageOf.request(page, Math.min(size, MAX_SIZE));
        PublicSite.Found found = site.list(new Filter(language, kind, tag, partnerCityId), request.page(),
                request.size());
        PageOf<PublishedItem> body = new PageOf<>(found.items(), request.page(), request.size(), found.total());
        return cached(body, etagOf(body.toString()), ifNoneMatch, MediaType.APPLICATION_JSON);
    }

    @GetMapping("/public/items/{id}")
    @Operation(summary = "One item as published in a language; 404 when it is not published there or was "
            + "retracted, 304 when If-None-Match names the current ETag")
    ResponseEntity<PublishedItem> get(@PathVariable String id, @RequestParam String language,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        PublishedItem item = site.item(id, language);
        return cached(item, etagOf(item.toString()), ifNoneMatch, MediaType.APPLICATION_JSON);
    }

    @GetMapping("/public/feeds/{language}.atom")
    @Operation(summary = "An Atom 1.0 feed of the latest " + FEED_ENTRIES + " items published in a language")
    ResponseEntity<String> atom(@PathVariable String language,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        List<PublishedItem> latest = site.latest(language, FEED_ENTRIES);
        String self = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).toUriString();
        String xml = AtomFeed.of(language.strip().toLowerCase(java.util.Locale.ROOT), self, latest);
        return cached(xml, etagOf(xml), ifNoneMatch, ATOM);
    }

    private static <T> ResponseEntity<T> cached(T body, String etag, String ifNoneMatch, MediaType type) {
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(ONE_MINUTE).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(ONE_MINUTE).contentType(type).body(body);
    }

    /** Strong: a digest of everything returned, so it changes exactly when the content does. */
    static String etagOf(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
