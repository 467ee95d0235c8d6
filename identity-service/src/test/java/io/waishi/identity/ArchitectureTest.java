package io.waishi.identity;

import io.waishi.platform.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** The accounts are a plain domain; the authorization package is the provider's plumbing by design. */
class ArchitectureTest {

    @Test
    void accountDomainIsFreeOfPlumbing() {
        ServiceArchitecture.check("io.waishi.identity.account");
    }
}
