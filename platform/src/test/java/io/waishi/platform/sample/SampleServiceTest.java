package io.waishi.platform.sample;

import io.waishi.platform.testing.TestTokens;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The sample service on a real socket, a real Kafka broker and the Mongo wire server, configured as a
 * service's application.yml would (the platform itself ships none). One configuration, so the platform's
 * integration tests share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestTokens.KEY_PROPERTY, TestTokens.ISSUER_PROPERTY, TestTokens.AUDIENCE_PROPERTY,
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "spring.application.name=sister-city-service", "spring.mongodb.database=platform-test",
            "waishi.api.prefix=/api/sample", "waishi.outbox.sweep-interval=500ms",
            "waishi.kafka.retry.attempts=2", "waishi.kafka.retry.initial-interval=50ms",
            "waishi.audit.personal-fields=permits:holderName", "waishi.audit.sweep-interval=1h"})
@EmbeddedKafka(partitions = 1)
public @interface SampleServiceTest {
}
