package io.waishi.reception.letter;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Binds the letter settings and numbers letters from a counter in MongoDB. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LetterSettings.class)
class LetterConfiguration {

    @Bean
    LetterNumbers letterNumbers(MongoTemplate mongo, LetterSettings settings) {
        return new MongoLetterNumbers(mongo, settings.numberPrefix());
    }
}
