package io.waishi.local.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies of one measured run, in microseconds, with the percentiles the report needs. */
final class LatencyRecorder {

    private final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
    private volatile int errors;
    private volatile String firstError;

    void record(long nanos) {
        micros.add(nanos / 1_000);
    }

    synchronized void error(String why) {
        errors++;
        if (firstError == null) {
            firstError = why;
        }
    }

    /** What went wrong the first time, for the report; null when nothing did. */
    String firstError() {
        return firstError;
    }

    int count() {
        return micros.size();
    }

    int errors() {
        return errors;
    }

    /** The p-th percentile (0 < p ≤ 100) in milliseconds, nearest-rank. */
    double percentileMillis(double p) {
        List<Long> sorted;
        synchronized (micros) {
            sorted = new ArrayList<>(micros);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1000.0;
    }
}
