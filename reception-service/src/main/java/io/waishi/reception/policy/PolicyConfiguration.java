package io.waishi.reception.policy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the reception policy parameters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReceptionPolicy.class)
class PolicyConfiguration {
}
