package io.waishi.gateway.security;

import io.waishi.gateway.problem.Problems;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
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
