package io.waishi.publicity;

import io.waishi.platform.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void domainIsFreeOfPlumbing() {
        ServiceArchitecture.check("io.waishi.publicity");
    }
}
