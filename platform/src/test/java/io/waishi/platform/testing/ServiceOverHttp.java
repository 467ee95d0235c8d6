package io.waishi.platform.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * A service over HTTP on a real Kafka broker and the Mongo wire server, with the test issuer's tokens: the
 * base of each service's integration tests. Classes that add no configuration of their own share one context;
 * each reads its broker's address from the {@code EmbeddedKafkaBroker} bean, since the system property names
 * whichever broker started last. The broker takes records stamped at any time, so a test may set the clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestTokens.KEY_PROPERTY, TestTokens.ISSUER_PROPERTY, TestTokens.AUDIENCE_PROPERTY,
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1, brokerProperties = {"log.message.timestamp.after.max.ms=" + Long.MAX_VALUE,
    "log.message.timestamp.before.max.ms=" + Long.MAX_VALUE})
public abstract class ServiceOverHttp {

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;

    protected TestHttp http;
    protected String brokers;

    @BeforeEach
    void connect() {
        http = new TestHttp("http://127.0.0.1:" + port);
        brokers = broker.getBrokersAsString();
    }
}
