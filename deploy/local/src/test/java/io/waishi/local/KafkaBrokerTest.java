package io.waishi.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local Kafka broker: KRaft from a fresh data dir, records survive kill -9 and a restart on new ports. */
class KafkaBrokerTest {

    private static final String TOPIC = "waishi.local.roundtrip";

    @TempDir
    Path data;

    @Test
    void brokerFormatsOnceKeepsRecordsAcrossKillAndRestartOnOtherPorts() throws Exception {
        String clusterId;
        long firstPid;
        try (LocalStack stack = kafkaOnly()) {
            assertThat(KafkaConfig.isFormatted(data)).isTrue();
            clusterId = KafkaConfig.clusterId(data);
            assertThat(clusterId).isNotBlank();
            assertThat(Files.readString(KafkaConfig.serverProperties(data)))
                    .contains("process.roles=broker,controller")
                    .contains("listeners=PLAINTEXT://127.0.0.1:" + stack.kafkaPort() + ",CONTROLLER://127.0.0.1:"
                            + stack.kafkaControllerPort())
                    .contains("controller.quorum.voters=1@127.0.0.1:" + stack.kafkaControllerPort())
                    .contains("log.dirs=" + data.resolve("kafka").resolve("logs").toAbsolutePath());

            produce(stack.kafkaBootstrapServers(), "delegation-1", "approved");
            assertThat(readAll(stack.kafkaBootstrapServers(), 1)).containsExactly("delegation-1=approved");

            firstPid = stack.pid(LocalStack.KAFKA).orElseThrow();
            stack.kill(LocalStack.KAFKA);
            assertThat(stack.isRunning(LocalStack.KAFKA)).isFalse();
            stack.start(LocalStack.KAFKA);
            assertThat(stack.pid(LocalStack.KAFKA).orElseThrow()).isNotEqualTo(firstPid);
            produce(stack.kafkaBootstrapServers(), "delegation-1", "returned");
            assertThat(readAll(stack.kafkaBootstrapServers(), 2))
                    .containsExactly("delegation-1=approved", "delegation-1=returned");
        }
        assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();

        // a second start on the same data dir (and, with random ports, other ports): same cluster, same records
        try (LocalStack stack = kafkaOnly()) {
            assertThat(KafkaConfig.clusterId(data)).isEqualTo(clusterId);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    stack.kafkaBootstrapServers()))) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains(TOPIC);
            }
            assertThat(readAll(stack.kafkaBootstrapServers(), 2))
                    .containsExactly("delegation-1=approved", "delegation-1=returned");
            assertThat(Files.readString(stack.logFile(LocalStack.KAFKA))).contains("Kafka Server started");
        }
    }

    private LocalStack kafkaOnly() {
        return LocalStack.builder().dataDir(data).randomPorts().only(LocalStack.KAFKA).quiet(true).build().start();
    }

    private static void produce(String bootstrap, String key, String value) throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get(60, TimeUnit.SECONDS);
        }
    }

    /** Every record of the topic from the beginning, as key=value, once {@code expected} are there. */
    private static List<String> readAll(String bootstrap, int expected) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            assertThat(partitions).hasSize(3); // num.partitions=3
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records.add(record.key() + "=" + record.value());
                }
            }
            // nothing more than expected turns up
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                records.add(record.key() + "=" + record.value());
            }
        }
        return records;
    }
}
