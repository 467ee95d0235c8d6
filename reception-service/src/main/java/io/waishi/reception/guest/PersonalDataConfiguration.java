package io.waishi.reception.guest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key that seals passport numbers and dates of birth at rest. The default is for development and tests
 * only: production MUST set {@code waishi.reception.personal-data-key} (e.g. from the environment variable
 * {@code WAISHI_RECEPTION_PERSONAL_DATA_KEY} through a secret store), and keep it — data sealed with a lost key
 * cannot be read again.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

    static final String DEV_KEY = "waishi-dev-only-personal-data-key";

    private static final Logger log = LoggerFactory.getLogger(PersonalDataConfiguration.class);

    @Bean
    PersonalDataSeal personalDataSeal(@Value("${waishi.reception.personal-data-key:" + DEV_KEY + "}") String key,
            @Value("${waishi.reception.personal-data-salt:waishi-reception}") String salt) {
        if (DEV_KEY.equals(key)) {
            log.warn("Personal data is sealed with the development key; set waishi.reception.personal-data-key "
                    + "in production");
        }
        return new AesPersonalDataSeal(key, salt);
    }
}
