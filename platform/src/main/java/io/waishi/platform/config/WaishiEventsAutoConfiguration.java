package io.waishi.platform.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.waishi.contracts.EventType;
import io.waishi.contracts.Topic;
import io.waishi.platform.deadletter.DeadLetterCollector;
import io.waishi.platform.deadletter.DeadLetterController;
import io.waishi.platform.deadletter.DeadLetters;
import io.waishi.platform.demo.DemoDataLoader;
import io.waishi.platform.demo.DemoDataSet;
import io.waishi.platform.inbound.InboundEventDispatcher;
import io.waishi.platform.inbound.InboundEventHandler;
import io.waishi.platform.inbound.InboundEventsListener;
import io.waishi.platform.inbound.UnreadableEventException;
import io.waishi.platform.kafka.KafkaHealthIndicator;
import io.waishi.platform.kafka.WaishiKafkaProperties;
import io.waishi.platform.outbox.OutboxCollections;
import io.waishi.platform.outbox.OutboxProperties;
import io.waishi.platform.outbox.OutboxPublishAfterSave;
import io.waishi.platform.outbox.OutboxRelay;
import io.waishi.platform.outbox.OutboxSweep;
import io.waishi.platform.outbox.OutboxWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event backbone of a service: outbox writer and relay, the sweep, topics, the inbound consumer
 * with retries and dead letters, and the dead-letter store with its admin API.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, DataMongoAutoConfiguration.class})
@EnableConfigurationProperties({OutboxProperties.class, WaishiKafkaProperties.class})
public class WaishiEventsAutoConfiguration {

    /** UTC, in milliseconds: what MongoDB stores, so a value read back equals the value written. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), java.time.Duration.ofMillis(1));
    }

    @Bean
    OutboxWriter outboxWriter(JsonMapper jsonMapper, Clock clock, ObjectProvider<Tracer> tracer,
            ObjectProvider<Propagator> propagator) {
        Supplier<UUID> eventIds = UUID::randomUUID;
        return new OutboxWriter(jsonMapper, clock, eventIds, tracer, propagator);
    }

    @Bean
    @SuppressWarnings("unchecked")
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<?, ?> kafkaTemplate, OutboxProperties properties,
            ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator, MeterRegistry meters) {
        return new OutboxRelay(mongo, (KafkaTemplate<String, String>) kafkaTemplate, properties, tracer, propagator, meters);
    }

    @Bean
    OutboxPublishAfterSave outboxPublishAfterSave(ObjectProvider<OutboxRelay> relay) {
        return new OutboxPublishAfterSave(relay);
    }

    @Bean
    OutboxCollections outboxCollections(MongoMappingContext mappingContext) {
        return new OutboxCollections(mappingContext);
    }

    @Bean
    OutboxSweep outboxSweep(MongoTemplate mongo, OutboxRelay relay, OutboxProperties properties,
            OutboxCollections collections, Clock clock, MeterRegistry meters) {
        return new OutboxSweep(mongo, relay, properties, collections, clock, meters);
    }

    @Bean
    InboundEventDispatcher inboundEventDispatcher(ObjectProvider<InboundEventHandler<?>> handlers, JsonMapper jsonMapper,
            MeterRegistry meters) {
        return new InboundEventDispatcher(handlers.orderedStream().toList(), jsonMapper, meters);
    }

    @Bean
    @SuppressWarnings("unchecked")
    InboundEventsListener inboundEventsListener(InboundEventDispatcher dispatcher,
            ConcurrentKafkaListenerContainerFactory<?, ?> kafkaListenerContainerFactory,
            @Value("${spring.application.name}") String applicationName) {
        return new InboundEventsListener(dispatcher,
                (ConcurrentKafkaListenerContainerFactory<String, String>) kafkaListenerContainerFactory, applicationName);
    }

    /**
     * Retries with exponential backoff, then publishes to {@code <topic>.DLT}. Records that can never be
     * read skip the retries.
     */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    @SuppressWarnings("unchecked")
    DefaultErrorHandler waishiConsumerErrorHandler(KafkaTemplate<?, ?> kafkaTemplate, WaishiKafkaProperties properties,
            MeterRegistry meters) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(
                (KafkaTemplate<Object, Object>) kafkaTemplate,
                (record, failure) -> new TopicPartition(record.topic() + Topic.DEAD_LETTER_SUFFIX, -1));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.retry().attempts());
        backOff.setInitialInterval(properties.retry().initialInterval().toMillis());
        backOff.setMultiplier(properties.retry().multiplier());
        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> {
            deadLetters.accept(record, failure);
            meters.counter("waishi.events.dead_lettered", "topic", record.topic()).increment();
        }, backOff);
        handler.addNotRetryableExceptions(UnreadableEventException.class);
        return handler;
    }

    @Bean
    DeadLetters deadLetters(MongoTemplate mongo, InboundEventDispatcher dispatcher, Clock clock) {
        return new DeadLetters(mongo, dispatcher, clock);
    }

    @Bean
    @SuppressWarnings("unchecked")
    DeadLetterCollector deadLetterCollector(InboundEventDispatcher dispatcher, DeadLetters deadLetters,
            ConcurrentKafkaListenerContainerFactory<?, ?> kafkaListenerContainerFactory,
            @Value("${spring.application.name}") String applicationName, Clock clock) {
        return new DeadLetterCollector(dispatcher, deadLetters,
                (ConcurrentKafkaListenerContainerFactory<String, String>) kafkaListenerContainerFactory, applicationName,
                clock);
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetters deadLetters) {
        return new DeadLetterController(deadLetters);
    }

    /** The topics this service publishes to, and the dead-letter topics of those it reads. */
    @Bean
    KafkaAdmin.NewTopics waishiTopics(@Value("${spring.application.name}") String applicationName,
            InboundEventDispatcher dispatcher, WaishiKafkaProperties properties) {
        Set<String> names = new TreeSet<>();
        for (EventType type : EventType.values()) {
            if (type.owner().serviceName().equals(applicationName)) {
                names.add(type.topic().topicName());
            }
        }
        for (Topic topic : dispatcher.subscribedTopics()) {
            names.add(topic.deadLetterTopicName());
        }
        List<NewTopic> topics = new ArrayList<>();
        for (String name : names) {
            topics.add(new NewTopic(name, properties.partitions(), properties.replicationFactor()));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    @ConditionalOnProperty(name = "waishi.demo-data.enabled", havingValue = "true")
    DemoDataLoader demoDataLoader(ObjectProvider<DemoDataSet> dataSets) {
        return new DemoDataLoader(dataSets.orderedStream().toList());
    }

    @Bean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaHealthIndicator(kafkaAdmin);
    }
}
