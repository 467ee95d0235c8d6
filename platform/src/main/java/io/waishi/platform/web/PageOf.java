package io.waishi.platform.web;

import java.util.List;

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
}
