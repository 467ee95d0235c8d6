package io.waishi.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns every exception that reaches the web layer (no route: 404, a gateway-level 5xx, anything
 * unexpected) into a problem document. Runs before Boot's default handler (order -1), which would
 * answer with its own JSON shape. Stack traces go to the log, never to the client.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final Problems problems;

    ProblemExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        HttpStatusCode status;
        String detail;
        if (ex instanceof ResponseStatusException rse) {
            status = rse.getStatusCode();
            detail = status.value() == 404 ? "No route for " + exchange.getRequest().getPath().value()
                    : rse.getReason() != null ? rse.getReason() : rse.getBody().getDetail();
            if (ex instanceof MethodNotAllowedException mna) {
                exchange.getResponse().getHeaders().setAllow(mna.getSupportedMethods());
            }
            if (status.is5xxServerError()) {
                log.warn("Request {} {} failed with {}", exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath(), status, ex);
            }
        } else if (ex instanceof OAuth2AuthorizationException) {
            // Browser path: the session's token could not be refreshed (refresh token expired or revoked).
            status = HttpStatus.UNAUTHORIZED;
            detail = "The sign-in has expired; sign in again.";
            log.info("Token relay failed on {} {}: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), ex.getMessage());
        } else {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
            detail = "The gateway could not handle the request.";
            log.error("Unexpected error on {} {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), ex);
        }
        exchange.getResponse().getHeaders().remove("Content-Length");
        return problems.write(exchange, status, Problems.slugFor(status), detail);
    }
}
