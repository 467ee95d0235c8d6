package io.waishi.sistercity;

import io.waishi.platform.testing.ServiceOverHttp;
import io.waishi.platform.testing.TestTokens;

/**
 * sister-city-service over HTTP on a real Kafka broker and the Mongo wire server, as the office's staff reach
 * it: test tokens of a sister-city officer, the FAO director, an auditor, and a unit clerk who may not read
 * here.
 */
public abstract class SisterCityOverHttp extends ServiceOverHttp {

    protected final String officer = TestTokens.token("qian.officer", "SISTER_CITY_OFFICER");
    protected final String director = TestTokens.token("zhao.director", "FAO_DIRECTOR");
    protected final String auditor = TestTokens.token("sun.auditor", "AUDITOR");
    protected final String clerk = TestTokens.user("li.clerk").roles("UNIT_CLERK").unit("U-EDU").build();
}
