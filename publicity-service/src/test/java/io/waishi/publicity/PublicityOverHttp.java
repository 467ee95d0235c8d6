package io.waishi.publicity;

import io.waishi.platform.testing.ServiceOverHttp;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestTokens;
import java.net.http.HttpRequest;

/**
 * publicity-service over HTTP on a real Kafka broker and the Mongo wire server, as the office's staff reach
 * it: test tokens of an editor, the section head, the leader (the three reviews), an FAO officer and an auditor
 * who read, and a unit clerk who may not read here.
 */
public abstract class PublicityOverHttp extends ServiceOverHttp {

    protected final String editor = TestTokens.token("ma.editor", "PUBLICITY_EDITOR");
    protected final String sectionHead = TestTokens.token("he.section", "PUBLICITY_SECTION_HEAD");
    protected final String leader = TestTokens.token("zhou.leader", "PUBLICITY_LEADER");
    protected final String faoOfficer = TestTokens.token("qian.officer", "FAO_OFFICER");
    protected final String auditor = TestTokens.token("sun.auditor", "AUDITOR");
    protected final String clerk = TestTokens.user("li.clerk").roles("UNIT_CLERK").unit("U-EDU").build();

    /** A command with If-Match: POST, or PUT when {@code put}; a null body sends none. */
    protected TestHttp.Answer send(String method, String path, String token, String etag, Object body) {
        HttpRequest.Builder request = http.request(path, token).header("Content-Type", "application/json");
        if (etag != null) {
            request.header("If-Match", etag);
        }
        HttpRequest.BodyPublisher payload = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(TestHttp.json(body));
        return http.send(request.method(method, payload).build());
    }
}
