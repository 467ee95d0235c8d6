package io.waishi.platform.web;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.platform.domain.StaleVersionException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where exceptions become HTTP answers: RFC 9457 problem details with a stable
 * {@code type}, the fields or rules at fault, and never a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private static final Map<Integer, String> SLUGS = Map.ofEntries(
            Map.entry(400, "bad-request"),
            Map.entry(401, "unauthorized"),
            Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"),
            Map.entry(405, "method-not-allowed"),
            Map.entry(406, "not-acceptable"),
            Map.entry(409, "conflict"),
            Map.entry(412, "precondition-failed"),
            Map.entry(413, "payload-too-large"),
            Map.entry(415, "unsupported-media-type"),
            Map.entry(422, "rule-violation"),
            Map.entry(429, "rate-limited"),
            Map.entry(500, "internal-error"),
            Map.entry(503, "service-unavailable"));

    private RuleViolationViews violationViews = new RuleViolationViews(List.of());

    /** The service's words for its rules (without them a violation shows its code and parameters only). */
    @Autowired(required = false)
    void setViolationViews(RuleViolationViews views) {
        this.violationViews = views;
    }

    /**
     * A field that failed validation: which, and why. The value sent is never repeated — it may be personal
     * data (a passport number, a date of birth) and the client has it anyway.
     */
    public record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "The request has " + ex.getErrorCount() + " invalid field(s)");
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        List<FieldProblem> objectErrors = ex.getBindingResult().getGlobalErrors().stream()
                .map(error -> new FieldProblem(error.getObjectName(), error.getDefaultMessage()))
                .toList();
        problem.setProperty("errors", concat(errors, objectErrors));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "The request has invalid parameters");
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof PayloadTooLargeException tooLarge) {
            return handlePayloadTooLarge(tooLarge, request);
        }
        // The parser's own message quotes the text it could not read, which may be personal data: log its kind only.
        log.info("Unreadable request body on {}: {}", describe(request), cause.getClass().getSimpleName());
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
                "The request body is not valid JSON for this operation");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> handlePayloadTooLarge(PayloadTooLargeException ex, WebRequest request) {
        return problem(ex, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large", ex.getMessage(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "Parameter '" + ex.getName() + "' has an invalid value");
        problem.setProperty("errors", List.of(new FieldProblem(ex.getName(), "invalid value")));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(OperatorInjectionGuard.OperatorInjectionException.class)
    ResponseEntity<Object> handleOperator(OperatorInjectionGuard.OperatorInjectionException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request", ex.getMessage());
        problem.setProperty("errors", List.of(new FieldProblem(ex.where(), "query operators are not accepted")));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "The request has invalid values");
        problem.setProperty("errors", ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .toList());
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /** Self-validating value objects refuse impossible values with an IllegalArgumentException. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> handleInvalidValue(IllegalArgumentException ex, WebRequest request) {
        return problem(ex, HttpStatus.BAD_REQUEST, "invalid-value", "Invalid value", ex.getMessage(), request);
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Object> handleRuleViolation(RuleViolationException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", "Rules broken",
                "The request breaks " + ex.violations().size() + " rule(s): "
                        + ex.violations().stream().map(RuleViolation::code).toList());
        problem.setProperty("violations", violationViews.of(ex.violations()));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.UNPROCESSABLE_CONTENT, request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> handleNotFound(NotFoundException ex, WebRequest request) {
        return problem(ex, HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage(), request);
    }

    @ExceptionHandler(ActNotAllowedInStateException.class)
    ResponseEntity<Object> handleWrongState(ActNotAllowedInStateException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "wrong-state", "Not allowed in this state", ex.getMessage());
        problem.setProperty("act", ex.act());
        problem.setProperty("state", ex.state());
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler(ActNotPermittedException.class)
    ResponseEntity<Object> handleNotPermitted(ActNotPermittedException ex, WebRequest request) {
        return problem(ex, HttpStatus.FORBIDDEN, "forbidden", "Not permitted", ex.getMessage(), request);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<Object> handleAccessDenied(RuntimeException ex, WebRequest request) {
        return problem(ex, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your roles do not allow this operation", request);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<Object> handleStaleVersion(StaleVersionException ex, WebRequest request) {
        return problem(ex, HttpStatus.PRECONDITION_FAILED, "precondition-failed", "Stale version", ex.getMessage(), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> handleOptimisticLock(OptimisticLockingFailureException ex, WebRequest request) {
        return problem(ex, HttpStatus.CONFLICT, "concurrent-modification", "Changed by someone else",
                "The object was changed by another request; reload it and try again", request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> handleDuplicate(DuplicateKeyException ex, WebRequest request) {
        return problem(ex, HttpStatus.CONFLICT, "duplicate", "Already exists",
                "An object with the same identity already exists", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        log.error("Unexpected failure handling {}", describe(request), ex);
        return problem(ex, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request could not be completed; the failure has been logged", request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
                problem.setType(Problems.type(SLUGS.getOrDefault(statusCode.value(), "error")));
            }
            if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
                problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> problem(Exception ex, HttpStatus status, String slug, String title, String detail,
            WebRequest request) {
        return handleExceptionInternal(ex, Problems.of(status, slug, title, detail), new HttpHeaders(), status, request);
    }

    private static String describe(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI()
                : request.getDescription(false);
    }

    /** Echo simple values back to help the client; never whole objects, which may carry personal data. */
    private static <T> List<T> concat(List<T> first, List<T> second) {
        return second.isEmpty() ? first : java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
