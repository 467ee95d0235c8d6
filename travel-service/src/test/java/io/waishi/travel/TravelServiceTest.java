package io.waishi.travel;

import io.waishi.platform.testing.TestTokens;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * travel-service over HTTP on a real Kafka broker and the Mongo wire server, with test tokens and a
 * deadline watch that looks every second. Test classes with this configuration share one context; each
 * reads its broker's address from the {@code EmbeddedKafkaBroker} bean, since the system property names
 * whichever broker started last.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestTokens.KEY_PROPERTY, TestTokens.ISSUER_PROPERTY, TestTokens.AUDIENCE_PROPERTY,
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "waishi.travel.deadlines.check-interval=PT1S"})
@EmbeddedKafka(partitions = 1)
public @interface TravelServiceTest {
}
