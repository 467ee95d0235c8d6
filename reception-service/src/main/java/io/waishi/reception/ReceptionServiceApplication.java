package io.waishi.reception;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ReceptionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReceptionServiceApplication.class, args);
    }
}
