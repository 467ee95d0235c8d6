package io.waishi.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The files of the local Kafka broker under {@code <data>/kafka}: {@code server.properties} (rewritten on
 * every start, since ports may change; the data in {@code logs/} stays) and the storage-format check.
 *
 * <p>KRaft, one node that is broker and controller. The quorum is a <em>static</em> one
 * ({@code controller.quorum.voters=1@127.0.0.1:<controller port>}), formatted without
 * {@code --standalone}: with a dynamic quorum ({@code --standalone} + {@code controller.quorum.bootstrap.servers})
 * Kafka 4.1 writes the controller's endpoint into the metadata log at format time, so a later start on
 * another controller port would disagree with its own log. A static voter set is read from the config each
 * start, so the ports are free to change.
 */
final class KafkaConfig {

    private KafkaConfig() {
    }

    static Path directory(Path dataDir) {
        return dataDir.resolve("kafka");
    }

    static Path logDirectory(Path dataDir) {
        return directory(dataDir).resolve("logs");
    }

    static Path serverProperties(Path dataDir) {
        return directory(dataDir).resolve("server.properties");
    }

    /** Formatted storage has a meta.properties in its log directory. */
    static boolean isFormatted(Path dataDir) {
        return Files.exists(logDirectory(dataDir).resolve("meta.properties"));
    }

    /** The cluster id recorded at format time, or null when not formatted yet. */
    static String clusterId(Path dataDir) {
        Path meta = logDirectory(dataDir).resolve("meta.properties");
        if (!Files.exists(meta)) {
            return null;
        }
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("cluster.id");
    }

    static Path write(Path dataDir, int port, int controllerPort) {
        Path file = serverProperties(dataDir);
        String logDirs = logDirectory(dataDir).toAbsolutePath().toString();
        String text = """
                # Written by the Waishi local stack on every start (ports may change); edits are overwritten.
                # Data lives in log.dirs and survives restarts; delete the data folder to reset.
                process.roles=broker,controller
                node.id=1
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                controller.listener.names=CONTROLLER
                controller.quorum.voters=1@127.0.0.1:%2$d
                log.dirs=%3$s
                num.partitions=3
                default.replication.factor=1
                min.insync.replicas=1
                auto.create.topics.enable=true
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                # after a kill -9 the restarted broker may register only once its old session has expired
                # (default 9 s); keep that short so fault tests that kill Kafka get it back quickly
                broker.session.timeout.ms=4000
                broker.heartbeat.interval.ms=1000
                # a developer's stack keeps its events until the data folder is deleted
                log.retention.hours=-1
                log.retention.bytes=-1
                """.formatted(port, controllerPort, escape(logDirs));
        try {
            Files.createDirectories(logDirectory(dataDir));
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** Log4j 2 configuration of the child JVMs (Kafka is chatty at INFO: keep WARN plus its start/stop lines). */
    static Path writeChildLogConfig(Path dataDir) {
        Path file = dataDir.resolve("log4j2-children.properties");
        String text = """
                # Written by the Waishi local stack: logging of the Kafka and Mongo wire server processes.
                status = warn
                shutdownHook = disable
                appender.console.type = Console
                appender.console.name = STDOUT
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = %d{HH:mm:ss.SSS} %-5p [%c{1}] %m%n
                rootLogger.level = warn
                rootLogger.appenderRef.stdout.ref = STDOUT
                logger.raftServer.name = kafka.server.KafkaRaftServer
                logger.raftServer.level = info
                logger.kafka.name = kafka.Kafka
                logger.kafka.level = info
                logger.mongo.name = de.bwaldvogel.mongo.backend.h2
                logger.mongo.level = info
                """;
        try {
            Files.createDirectories(dataDir);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** Escapes a value for a .properties file (backslashes on Windows paths, leading spaces). */
    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }
}
