package io.waishi.platform.idempotency;

import io.micrometer.core.instrument.MeterRegistry;
import io.waishi.platform.idempotency.IdempotencyRecord.StoredResponse;
import io.waishi.platform.idempotency.IdempotencyStore.Acquired;
import io.waishi.platform.idempotency.IdempotencyStore.Attempt;
import io.waishi.platform.idempotency.IdempotencyStore.Claim;
import io.waishi.platform.idempotency.IdempotencyStore.Mismatch;
import io.waishi.platform.idempotency.IdempotencyStore.Replay;
import io.waishi.platform.web.PayloadTooLargeException;
import io.waishi.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on POST: a request retried with the same key gets the first answer again, with
 * {@code Idempotent-Replayed: true}, and changes nothing. Runs after Spring Security, since a key counts only
 * for the user who sent it (and for one method and path).
 *
 * <ul>
 * <li>First use: the key is recorded as in progress, the request runs, and its answer (status,
 * {@code Content-Type}, {@code Location}, {@code ETag}, body) is stored when it is final: 2xx, 3xx, and 4xx except
 * 408, 425 and 429, which say "try again". After a 5xx, a failure or an answer that cannot be captured, the key is
 * forgotten so the client can retry.</li>
 * <li>Same key, same request, answered: the stored answer. Same key, different request (body, query,
 * {@code Content-Type}, {@code If-Match}): 422 {@code idempotency-key-reused}. Same key while the first request
 * still runs: 409 {@code request-in-progress} with {@code Retry-After: 1}.</li>
 * <li>A malformed key: 400 {@code invalid-idempotency-key}. Requests without the header, other methods and
 * anonymous requests are not affected.</li>
 * </ul>
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = IdempotencyKey.HEADER;
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final String ATTEMPT_ATTRIBUTE = IdempotencyFilter.class.getName() + ".attempt";

    private final IdempotencyStore store;
    private final JsonMapper jsonMapper;
    private final MeterRegistry meters;

    public IdempotencyFilter(IdempotencyStore store, JsonMapper jsonMapper, MeterRegistry meters) {
        this.store = store;
        this.jsonMapper = jsonMapper;
        this.meters = meters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    /** An asynchronous request is answered on its last dispatch: that is where its answer is stored. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isAsyncDispatch(request)) {
            resumeAfterAsync(request, response, chain);
            return;
        }
        String subject = authenticatedSubject();
        if (subject == null) {
            chain.doFilter(request, response);
            return;
        }
        IdempotencyKey key;
        try {
            key = IdempotencyKey.parse(Collections.list(request.getHeaders(HEADER)));
        } catch (InvalidIdempotencyKeyException e) {
            count("invalid");
            writeProblem(request, response, Problems.of(HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    "Invalid Idempotency-Key", e.getMessage()));
            return;
        }
        CapturedRequest captured;
        try {
            captured = CapturedRequest.capture(request);
        } catch (PayloadTooLargeException e) {
            writeProblem(request, response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                    "Request body too large", e.getMessage()));
            return;
        }
        String path = request.getRequestURI();
        Claim claim = store.claim(key.scopedId(subject, request.getMethod(), path), captured.fingerprint(),
                request.getMethod(), path);
        if (claim instanceof Acquired acquired) {
            count("executed");
            execute(captured.request(), response, chain, acquired.attempt());
        } else if (claim instanceof Replay replay) {
            count("replayed");
            replay(response, replay.response());
        } else if (claim instanceof Mismatch) {
            count("reused");
            writeProblem(request, response, Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request; use a new key for a new request"));
        } else {
            count("in-progress");
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            writeProblem(request, response, Problems.of(HttpStatus.CONFLICT, "request-in-progress",
                    "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry shortly"));
        }
    }

    private void execute(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Attempt attempt)
            throws ServletException, IOException {
        CapturingResponse capturing = new CapturingResponse(response);
        request.setAttribute(ATTEMPT_ATTRIBUTE, attempt);
        try {
            chain.doFilter(request, capturing);
        } catch (Throwable failure) {
            abandon(request, attempt);
            throw failure;
        }
        if (!isAsyncStarted(request)) {
            finish(request, attempt, capturing);
        }
    }

    private void resumeAfterAsync(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Attempt attempt = (Attempt) request.getAttribute(ATTEMPT_ATTRIBUTE);
        CapturingResponse capturing = WebUtils.getNativeResponse(response, CapturingResponse.class);
        if (attempt == null || capturing == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (Throwable failure) {
            abandon(request, attempt);
            throw failure;
        }
        if (!isAsyncStarted(request)) {
            finish(request, attempt, capturing);
        }
    }

    /** Stores a final answer (or forgets the key), then sends the answer. */
    private void finish(HttpServletRequest request, Attempt attempt, CapturingResponse capturing) throws IOException {
        request.removeAttribute(ATTEMPT_ATTRIBUTE);
        int status = capturing.getStatus();
        try {
            if (capturing.errorSent()) {
                // The container renders the body later, out of reach: nothing to replay faithfully.
                store.release(attempt);
            } else if (isFinal(status)) {
                StoredResponse stored = new StoredResponse(status, capturing.getContentType(),
                        capturing.getHeader(HttpHeaders.LOCATION), capturing.getHeader(HttpHeaders.ETAG),
                        capturing.getContentAsByteArray());
                if (!store.complete(attempt, stored)) {
                    log.warn("Idempotency key of {} {} was taken over before the request finished; its answer is not "
                            + "stored", request.getMethod(), request.getRequestURI());
                }
            } else {
                store.release(attempt);
            }
        } catch (RuntimeException e) {
            log.warn("Could not record the answer to {} {} under its idempotency key: {}", request.getMethod(),
                    request.getRequestURI(), e.toString());
            releaseQuietly(attempt);
        }
        capturing.copyBodyToResponse();
    }

    /** The request failed with an exception: forget the key so the client can retry. */
    private void abandon(HttpServletRequest request, Attempt attempt) {
        request.removeAttribute(ATTEMPT_ATTRIBUTE);
        releaseQuietly(attempt);
    }

    private void releaseQuietly(Attempt attempt) {
        try {
            store.release(attempt);
        } catch (RuntimeException e) {
            log.warn("Could not release an idempotency key; it is taken over once its lease ends: {}", e.toString());
        }
    }

    /** A final answer about the request: success, or a client error other than "try again later". */
    static boolean isFinal(int status) {
        return status >= 200 && status < 500 && status != 408 && status != 425 && status != 429;
    }

    private void replay(HttpServletResponse response, StoredResponse stored) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, stored.etag());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        byte[] body = stored.body() == null ? new byte[0] : stored.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private void writeProblem(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(jsonMapper.writeValueAsBytes(problem));
    }

    /** The verified user, or null for an anonymous request. */
    private static String authenticatedSubject() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        if (authentication instanceof JwtAuthenticationToken jwt && jwt.getToken().getSubject() != null) {
            return jwt.getToken().getSubject();
        }
        return authentication.getName();
    }

    private void count(String outcome) {
        meters.counter("waishi.http.idempotency.requests", "outcome", outcome).increment();
    }

    /** Buffers the answer so it can be stored before it is sent, and notes when the container must render it. */
    static final class CapturingResponse extends ContentCachingResponseWrapper {

        private boolean errorSent;

        CapturingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            errorSent = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            errorSent = true;
            super.sendError(status, message);
        }

        boolean errorSent() {
            return errorSent;
        }
    }
}
