package io.waishi.publicity.country;

import io.waishi.platform.testing.ServiceOverHttp;
import io.waishi.platform.testing.TestTokens;

/**
 * publicity-service over HTTP on a real Kafka broker and the Mongo wire server, as the office's staff reach it
 * for country profiles: the three reviewers, an FAO officer who reads, and a unit clerk who may not.
 */
public abstract class CountryOverHttp extends ServiceOverHttp {

    protected final String editor = TestTokens.token("ma.editor", "PUBLICITY_EDITOR");
    protected final String sectionHead = TestTokens.token("wu.head", "PUBLICITY_SECTION_HEAD");
    protected final String leader = TestTokens.token("zhou.leader", "PUBLICITY_LEADER");
    protected final String faoOfficer = TestTokens.token("qian.officer", "FAO_OFFICER");
    protected final String clerk = TestTokens.user("li.clerk").roles("UNIT_CLERK").unit("U-EDU").build();
}
