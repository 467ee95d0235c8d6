package io.waishi.platform.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service on the platform, to test the platform the way services use it. */
@SpringBootApplication
public class SampleApplication {
}
