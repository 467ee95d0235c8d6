package io.waishi.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The stable problem {@code type} URIs of the suite, and a helper to make problem details with them. */
public final class Problems {

    public static final String PREFIX = "urn:waishi:problem:";

    private Problems() {
    }

    public static URI type(String slug) {
        return URI.create(PREFIX + slug);
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }
}
