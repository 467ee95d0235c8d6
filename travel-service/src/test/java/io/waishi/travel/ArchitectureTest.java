package io.waishi.travel;

import io.waishi.platform.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void domainIsFreeOfPlumbing() {
        ServiceArchitecture.check("io.waishi.travel");
    }
}
