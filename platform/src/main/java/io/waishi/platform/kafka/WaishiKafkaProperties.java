package io.waishi.platform.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Topic layout and consumer retries.
 *
 * @param partitions        partitions of each topic the service creates (and of its dead-letter topic)
 * @param replicationFactor 1 on a single broker, 3 in production
 * @param retry             how often a failing event is retried before it is dead-lettered
 */
@ConfigurationProperties("waishi.kafka")
public record WaishiKafkaProperties(Integer partitions, Short replicationFactor, Retry retry) {

    public WaishiKafkaProperties {
        partitions = partitions == null ? 3 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        retry = retry == null ? new Retry(null, null, null) : retry;
    }

    public record Retry(Integer attempts, Duration initialInterval, Double multiplier) {

        public Retry {
            attempts = attempts == null ? 3 : attempts;
            initialInterval = initialInterval == null ? Duration.ofMillis(200) : initialInterval;
            multiplier = multiplier == null ? 2.0 : multiplier;
        }
    }
}
