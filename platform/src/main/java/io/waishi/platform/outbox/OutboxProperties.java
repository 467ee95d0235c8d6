package io.waishi.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox relay behaves.
 *
 * @param relayEnabled  publish pending events at all; switching it off keeps events safely in their
 *                      documents (maintenance, or a fault drill) until it is switched on again
 * @param sweepInterval how often pending events left by a crash or a Kafka outage are looked for
 * @param sendTimeout   how long one send may wait for Kafka's acknowledgement
 * @param publishers    how many aggregates are published in parallel; one aggregate is always serial
 */
@ConfigurationProperties("waishi.outbox")
public record OutboxProperties(
        Boolean relayEnabled,
        Duration sweepInterval,
        Duration sendTimeout,
        Integer publishers) {

    public OutboxProperties {
        relayEnabled = relayEnabled == null || relayEnabled;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(5) : sweepInterval;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        publishers = publishers == null ? 4 : publishers;
    }
}
