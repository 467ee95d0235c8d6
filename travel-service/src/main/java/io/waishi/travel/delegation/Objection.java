package io.waishi.travel.delegation;

import java.time.Instant;
import java.time.LocalDate;

/** An objection raised against the pre-trip notice, and how it was settled. */
public record Objection(String id, String summary, LocalDate receivedOn, String recordedBy, Instant recordedAt,
        String resolution, String resolvedBy, Instant resolvedAt) {

    public boolean isResolved() {
        return resolvedAt != null;
    }

    Objection resolve(String how, String by, Instant at) {
        return new Objection(id, summary, receivedOn, recordedBy, recordedAt, how, by, at);
    }
}
