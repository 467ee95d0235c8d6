package io.waishi.gateway.security;

import io.waishi.gateway.problem.Problems;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401, 403 and firewall rejections as problem documents, with the RFC 6750 challenge on 401. */
final class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler,
        ServerExchangeRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemSecurityHandlers.class);

    private final Problems problems;

    ProblemSecurityHandlers(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        Map<String, String> challenge = new LinkedHashMap<>();
        String detail = "A valid bearer token is required.";
        if (ex instanceof OAuth2AuthenticationException oauth2) {
            OAuth2Error error = oauth2.getError();
            challenge.put("error", error.getErrorCode());
            if (error.getDescription() != null) {
                challenge.put("error_description", error.getDescription());
                detail = "The bearer token was refused: " + error.getDescription();
            }
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, bearer(challenge));
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", detail);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                bearer(Map.of("error", "insufficient_scope")));
        return problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden",
                "The token does not grant access to this resource.");
    }

    /** A session request that changes state without the CSRF token (browser path only). */
    Mono<Void> csrfRefused(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden",
                "Missing or invalid CSRF token: send the value of the XSRF-TOKEN cookie in the X-XSRF-TOKEN header.");
    }

    /** The provider refused the sign-in or its answer did not check out (state, nonce, ID token). */
    Mono<Void> signInFailed(ServerWebExchange exchange, AuthenticationException failure) {
        log.warn("Browser sign-in failed: {}", failure.toString());
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "The sign-in did not succeed.");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return problems.write(exchange, HttpStatus.BAD_REQUEST, "bad-request", "The request was rejected.");
    }

    private static String bearer(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return "Bearer";
        }
        return "Bearer " + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=\"" + e.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(", "));
    }
}
