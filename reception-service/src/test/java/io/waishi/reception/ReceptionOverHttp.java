package io.waishi.reception;

import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * reception-service over HTTP on a real Kafka broker and the Mongo wire server, as the office's staff reach
 * it: test tokens of a reception officer, an FAO officer, the FAO director, an auditor, and a unit clerk who
 * may not read here. Classes that add no configuration of their own share one context; each reads its
 * broker's address from the {@code EmbeddedKafkaBroker} bean, since the system property names whichever broker
 * started last.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestTokens.KEY_PROPERTY, TestTokens.ISSUER_PROPERTY, TestTokens.AUDIENCE_PROPERTY,
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1)
public abstract class ReceptionOverHttp {

    protected final String reception = TestTokens.token("zhou.reception", "RECEPTION_OFFICER");
    protected final String faoOfficer = TestTokens.token("sun.officer", "FAO_OFFICER");
    protected final String director = TestTokens.token("zhao.director", "FAO_DIRECTOR");
    protected final String auditor = TestTokens.token("audrey.auditor", "AUDITOR");
    protected final String clerk = TestTokens.user("li.clerk").roles("UNIT_CLERK").unit("U-EDU").build();

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
