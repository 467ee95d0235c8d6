package io.waishi.platform.web;

import io.waishi.platform.domain.StaleVersionException;
import org.springframework.http.ResponseEntity;

/**
 * Optimistic locking over HTTP: an aggregate's {@code @Version} is its ETag; a command may carry
 * {@code If-Match}, which becomes the version the client expects (see {@link StaleVersionException}).
 */
public final class ETags {

    private ETags() {
    }

    public static String of(Long version) {
        return "\"" + (version == null ? 0 : version) + "\"";
    }

    /**
     * The version an {@code If-Match} header names, or null when there is none (or {@code *}). A tag
     * that is not one of ours can never match: it is treated as a stale version.
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String tag = ifMatch.split(",")[0].trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public static <T> ResponseEntity<T> ok(T body, Long version) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }
}
