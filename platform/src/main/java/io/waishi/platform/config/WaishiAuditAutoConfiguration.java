package io.waishi.platform.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.waishi.platform.audit.AuditChain;
import io.waishi.platform.audit.AuditChainAfterSave;
import io.waishi.platform.audit.AuditController;
import io.waishi.platform.audit.AuditProperties;
import io.waishi.platform.audit.AuditReasonAdvice;
import io.waishi.platform.audit.AuditRecorder;
import io.waishi.platform.audit.AuditRelay;
import io.waishi.platform.audit.AuditSweep;
import io.waishi.platform.outbox.OutboxCollections;
import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * The audit trail of a service: every save of an aggregate recorded with the change, chained by hash in
 * {@value AuditChain#COLLECTION}, and the auditor's read-only API.
 */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, WaishiEventsAutoConfiguration.class})
@EnableConfigurationProperties(AuditProperties.class)
public class WaishiAuditAutoConfiguration {

    @Bean
    AuditRecorder auditRecorder(ObjectProvider<MongoTemplate> mongo, ObjectProvider<Clock> clock,
            AuditProperties properties) {
        return new AuditRecorder(mongo, clock.getIfAvailable(Clock::systemUTC), UUID::randomUUID, properties);
    }

    @Bean
    AuditChain auditChain(MongoTemplate mongo, MeterRegistry meters) {
        return new AuditChain(mongo, meters);
    }

    @Bean
    AuditRelay auditRelay(MongoTemplate mongo, AuditChain chain) {
        return new AuditRelay(mongo, chain);
    }

    @Bean
    AuditChainAfterSave auditChainAfterSave(ObjectProvider<AuditRelay> relay) {
        return new AuditChainAfterSave(relay);
    }

    @Bean
    AuditSweep auditSweep(MongoTemplate mongo, AuditRelay relay, AuditChain chain, MongoMappingContext mappingContext,
            AuditProperties properties, MeterRegistry meters) {
        return new AuditSweep(mongo, relay, chain, new OutboxCollections(mappingContext), properties, meters);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class AuditWebConfiguration {

        @Bean
        AuditReasonAdvice auditReasonAdvice(AuditProperties properties) {
            return new AuditReasonAdvice(properties);
        }

        @Bean
        AuditController auditController(AuditChain chain) {
            return new AuditController(chain);
        }
    }
}
