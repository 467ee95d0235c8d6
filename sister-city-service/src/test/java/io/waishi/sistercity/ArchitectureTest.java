package io.waishi.sistercity;

import io.waishi.platform.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void domainIsFreeOfPlumbing() {
        ServiceArchitecture.check("io.waishi.sistercity");
    }
}
