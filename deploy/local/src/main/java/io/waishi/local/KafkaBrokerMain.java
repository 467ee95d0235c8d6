package io.waishi.local;

/**
 * Entry point of the Kafka child process: {@code kafka.Kafka server.properties}, plus a watchdog that
 * shuts the broker down cleanly if the launcher disappears.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) {
        ParentWatchdog.watch("kafka");
        kafka.Kafka.main(args);
    }
}
