package io.waishi.platform.inbound;

import io.waishi.contracts.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Another service's event as a handler sees it: the CloudEvents attributes and the typed data.
 *
 * @param id      the CloudEvents id, unique per event; deduplicate on it
 * @param subject the id of the aggregate the event is about
 */
public record InboundEvent<T>(String id, EventType type, String source, String subject, Instant time, T data) {

    /** A stable id for something created once per event, e.g. the activity an approval opens. */
    public String derivedId(String purpose) {
        return UUID.nameUUIDFromBytes((purpose + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
