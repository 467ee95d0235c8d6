package io.waishi.sistercity.care;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The relationship-care policy and its periodic check. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RelationshipCareProperties.class)
class CareConfiguration {

    @Bean
    RelationshipCareSweep relationshipCareSweep(RelationshipCare care, RelationshipCareProperties properties,
            MeterRegistry meters) {
        return new RelationshipCareSweep(care, properties, meters);
    }
}
