package io.waishi.platform.inbound;

import io.waishi.contracts.Topic;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

/**
 * The Kafka consumer of a service: one container over every topic its handlers need, in the service's
 * own consumer group. Failures go through the platform's error handler (retries, then {@code <topic>.DLT}).
 */
public class InboundEventsListener implements SmartLifecycle {

    private final InboundEventDispatcher dispatcher;
    private final ConcurrentKafkaListenerContainerFactory<String, String> containerFactory;
    private final String groupId;
    private ConcurrentMessageListenerContainer<String, String> container;

    public InboundEventsListener(InboundEventDispatcher dispatcher,
            ConcurrentKafkaListenerContainerFactory<String, String> containerFactory, String groupId) {
        this.dispatcher = dispatcher;
        this.containerFactory = containerFactory;
        this.groupId = groupId;
    }

    @Override
    public void start() {
        if (!dispatcher.hasHandlers()) {
            return;
        }
        String[] topics = dispatcher.subscribedTopics().stream().map(Topic::topicName).toArray(String[]::new);
        container = containerFactory.createContainer(topics);
        container.getContainerProperties().setGroupId(groupId);
        container.getContainerProperties().setMessageListener((MessageListener<String, String>) dispatcher::dispatch);
        container.setBeanName(groupId + "-inbound-events");
        container.start();
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
