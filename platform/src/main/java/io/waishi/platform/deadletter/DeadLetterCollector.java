package io.waishi.platform.deadletter;

import io.waishi.contracts.Topic;
import io.waishi.platform.inbound.InboundEventDispatcher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Reads the dead-letter topics of the topics this service consumes and keeps, in its own database, the
 * records that its own consumer group gave up on (other services' dead letters share those topics).
 */
public class DeadLetterCollector implements SmartLifecycle {

    private final InboundEventDispatcher dispatcher;
    private final DeadLetters deadLetters;
    private final ConcurrentKafkaListenerContainerFactory<String, String> containerFactory;
    private final String consumerGroup;
    private final Clock clock;
    private ConcurrentMessageListenerContainer<String, String> container;

    public DeadLetterCollector(InboundEventDispatcher dispatcher, DeadLetters deadLetters,
            ConcurrentKafkaListenerContainerFactory<String, String> containerFactory, String consumerGroup, Clock clock) {
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
        this.containerFactory = containerFactory;
        this.consumerGroup = consumerGroup;
        this.clock = clock;
    }

    @Override
    public void start() {
        if (!dispatcher.hasHandlers()) {
            return;
        }
        String[] topics = dispatcher.subscribedTopics().stream().map(Topic::deadLetterTopicName).toArray(String[]::new);
        container = containerFactory.createContainer(topics);
        container.getContainerProperties().setGroupId(consumerGroup + ".dead-letters");
        container.getContainerProperties().setMessageListener((MessageListener<String, String>) this::collect);
        // Storing a dead letter must not dead-letter again: retry a while, then log and move on.
        container.setCommonErrorHandler(new DefaultErrorHandler(new FixedBackOff(1000, 30)));
        container.setBeanName(consumerGroup + "-dead-letters");
        container.start();
    }

    void collect(ConsumerRecord<String, String> record) {
        if (!consumerGroup.equals(text(record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP)))) {
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("kafka_dlt-")) {
                headers.put(header.key(), text(header));
            }
        }
        // The listener wraps what the handler threw; the cause says what really went wrong.
        String cause = text(record.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN));
        String failure = (cause != null ? cause : text(record.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_FQCN)))
                + ": " + text(record.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE));
        deadLetters.keep(new DeadLetter(
                record.topic() + "-" + record.partition() + "-" + record.offset(),
                text(record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC)),
                intHeader(record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION)),
                longHeader(record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET)),
                record.key(), headers, record.value(), failure, clock.instant(), DeadLetter.Status.OPEN, 0, null,
                null));
    }

    private static String text(Header header) {
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Spring Kafka writes partition and offset headers as big-endian binary numbers. */
    private static int intHeader(Header header) {
        return header == null ? -1 : java.nio.ByteBuffer.wrap(header.value()).getInt();
    }

    private static long longHeader(Header header) {
        return header == null ? -1 : java.nio.ByteBuffer.wrap(header.value()).getLong();
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return container != null && container.isRunning();
    }
}
