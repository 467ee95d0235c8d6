package io.waishi.reception;

import io.waishi.platform.testing.EveryReadEndpoint;
import io.waishi.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** DESIGN §7: an auditor reads every endpoint of the service (and changes nothing: the platform's AccessRulesIT). */
class AuditorReadsEverythingIT extends ReceptionOverHttp {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void noReadEndpointRefusesAnAuditor() {
        EveryReadEndpoint.assertReadable(http, mapping, "/api/receptions", TestTokens.token("sun.auditor", "AUDITOR"));
    }
}
