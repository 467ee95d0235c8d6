package io.waishi.platform.config;

import io.waishi.platform.mongo.MongoPingHealthIndicator;
import io.waishi.platform.mongo.WaishiMongoConnectionDetails;
import io.waishi.platform.mongo.WaishiMongoProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** MongoDB: a real one from {@code MONGODB_URI}, or an embedded wire server; plus a ping readiness check. */
@AutoConfiguration(before = {MongoAutoConfiguration.class, DataMongoAutoConfiguration.class})
@EnableConfigurationProperties(WaishiMongoProperties.class)
public class WaishiMongoAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(MongoConnectionDetails.class)
    WaishiMongoConnectionDetails waishiMongoConnectionDetails(WaishiMongoProperties properties) {
        return new WaishiMongoConnectionDetails(properties);
    }

    @Bean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongoTemplate) {
        return new MongoPingHealthIndicator(mongoTemplate);
    }
}
