package io.waishi.travel;

import io.waishi.platform.testing.EveryReadEndpoint;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** DESIGN §7: an auditor reads every endpoint of the service (and changes nothing: the platform's AccessRulesIT). */
@TravelServiceTest
class AuditorReadsEverythingIT {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void noReadEndpointRefusesAnAuditor() {
        EveryReadEndpoint.assertReadable(new TestHttp("http://127.0.0.1:" + port), mapping, "/api/travel",
                TestTokens.token("sun.auditor", "AUDITOR"));
    }
}
