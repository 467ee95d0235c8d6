package io.waishi.travel.passport;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The passport register's settings and its periodic overdue check. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PassportProperties.class)
class PassportConfiguration {

    @Bean
    PassportOverdueSweep passportOverdueSweep(PassportRegister register, PassportProperties properties,
            MeterRegistry meters) {
        return new PassportOverdueSweep(register, properties, meters);
    }
}
