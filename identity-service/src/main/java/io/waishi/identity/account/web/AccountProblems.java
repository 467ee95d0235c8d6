package io.waishi.identity.account.web;

import io.waishi.identity.account.AccountRuleException;
import io.waishi.platform.web.ProblemDetailsAdvice.FieldProblem;
import io.waishi.platform.web.Problems;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * Bad account input as the platform's validation problem (400, {@code urn:waishi:problem:validation}, an
 * {@code errors} list of field and message); everything else is left to the platform's ProblemDetailsAdvice.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountProblems {

    @ExceptionHandler(AccountRuleException.class)
    ResponseEntity<ProblemDetail> invalidAccount(AccountRuleException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "The request has " + ex.problems().size() + " invalid field(s)");
        problem.setProperty("errors", ex.problems().stream()
                .map(p -> new FieldProblem(p.field(), p.message())).toList());
        if (request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
