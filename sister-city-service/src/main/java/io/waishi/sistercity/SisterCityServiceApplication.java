package io.waishi.sistercity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SisterCityServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SisterCityServiceApplication.class, args);
    }
}
