package io.waishi.platform.domain;

import java.time.Instant;
import java.util.Map;

/**
 * An event stored in its aggregate's document until Kafka has acknowledged it.
 *
 * @param eventId     the CloudEvents id; consumers deduplicate on it
 * @param type        the CloudEvents type, e.g. {@code waishi.travel.delegation.approved.v1}
 * @param topic       the topic it goes to
 * @param subject     the aggregate id: CloudEvents subject and Kafka key
 * @param time        when the event happened
 * @param data        the event data as JSON, already validated by its contract in tests
 * @param traceContext W3C trace headers of the request that caused it, so the trace continues on Kafka
 */
public record PendingEvent(
        String eventId,
        String type,
        String topic,
        String subject,
        Instant time,
        String data,
        Map<String, String> traceContext) {
}
