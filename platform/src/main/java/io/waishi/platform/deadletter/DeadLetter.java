package io.waishi.platform.deadletter;

import java.time.Instant;
import java.util.Map;

/**
 * A record this service gave up on, kept for an administrator to inspect and re-drive.
 *
 * @param id               {@code <dead-letter topic>-<partition>-<offset>}: storing it twice is impossible
 * @param originalTopic    where the record was first published
 * @param headers          its headers as text (the CloudEvents attributes among them)
 * @param value            its data as received
 * @param failure          why processing failed, as the exception class and message
 * @param status           OPEN until re-driven successfully
 */
public record DeadLetter(
        String id,
        String originalTopic,
        int originalPartition,
        long originalOffset,
        String key,
        Map<String, String> headers,
        String value,
        String failure,
        Instant deadLetteredAt,
        Status status,
        int redriveAttempts,
        String lastRedriveFailure,
        Instant redrivenAt) {

    public enum Status { OPEN, REDRIVEN }

    public String eventId() {
        return headers.get("ce_id");
    }

    public String eventType() {
        return headers.get("ce_type");
    }
}
