package io.waishi.platform.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a list. Page sizes are clamped to {@value #MAX_SIZE} so no request can ask for everything, and
 * pages to {@value #MAX_OFFSET} items deep.
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    /** How deep a client may page; beyond it a filter is the answer, and offsets stay far from overflow. */
    public static final int MAX_OFFSET = 100_000;

    public record Request(int page, int size) {
    }

    public static Request request(int page, int size) {
        int clampedSize = Math.min(Math.max(size, 1), MAX_SIZE);
        return new Request(Math.min(Math.max(page, 0), MAX_OFFSET / clampedSize), clampedSize);
    }

    /** The page the store found, each element shown through {@code view}. */
    public static <S, T> PageOf<T> of(Page<S> found, Request request, Function<? super S, ? extends T> view) {
        return new PageOf<>(found.getContent().stream().<T>map(view).toList(), request.page(), request.size(),
                found.getTotalElements());
    }

    /** The requested page of a list already whole in memory (ordered and filtered by the caller). */
    public static <S, T> PageOf<T> of(List<S> all, Request request, Function<? super S, ? extends T> view) {
        int from = (int) Math.min((long) request.page() * request.size(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return new PageOf<>(all.subList(from, to).stream().<T>map(view).toList(), request.page(), request.size(),
                all.size());
    }
}
