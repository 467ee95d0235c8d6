package io.waishi.platform.web;

import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.StaleVersionException;
import java.util.function.Function;
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

    /**
     * Runs a state-changing command with the version the client named in {@code If-Match} (or none), and
     * answers with the changed aggregate's view and its new ETag.
     */
    public static <A extends AggregateRoot, V> ResponseEntity<V> command(String ifMatch,
            Function<Long, A> command, Function<A, V> view) {
        A changed = command.apply(expectedVersion(ifMatch));
        return ok(view.apply(changed), changed.version());
    }
}
