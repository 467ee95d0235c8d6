package io.waishi.reception;

import io.waishi.platform.testing.ServiceOverHttp;
import io.waishi.platform.testing.TestTokens;

/**
 * reception-service over HTTP on a real Kafka broker and the Mongo wire server, as the office's staff reach
 * it: test tokens of a reception officer, an FAO officer, the FAO director, an auditor, and a unit clerk who
 * may not read here.
 */
public abstract class ReceptionOverHttp extends ServiceOverHttp {

    protected final String reception = TestTokens.token("zhou.reception", "RECEPTION_OFFICER");
    protected final String faoOfficer = TestTokens.token("sun.officer", "FAO_OFFICER");
    protected final String director = TestTokens.token("zhao.director", "FAO_DIRECTOR");
    protected final String auditor = TestTokens.token("audrey.auditor", "AUDITOR");
    protected final String clerk = TestTokens.user("li.clerk").roles("UNIT_CLERK").unit("U-EDU").build();
}
