package io.waishi.gateway.web;

import io.waishi.gateway.GatewayProperties;
import io.waishi.gateway.problem.Problems;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CORS allowlist ({@code waishi.gateway.cors.allowed-origins}; empty = no cross-origin caller). Runs
 * before the security chain because preflights carry no token. A cross-origin request from an origin
 * not on the list gets a 403 problem; same-origin and non-browser calls (no Origin header) pass.
 */
@Component
class CorsFilter implements WebFilter, Ordered {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private final CorsConfiguration configuration;
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor();
    private final Problems problems;

    CorsFilter(GatewayProperties properties, Problems problems) {
        this.problems = problems;
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(List.copyOf(properties.getCors().getAllowedOrigins()));
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        config.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key"));
        config.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "Idempotent-Replayed"));
        // Bearer tokens travel in a header, never in cookies.
        config.setAllowCredentials(false);
        config.setMaxAge(properties.getCors().getMaxAge());
        this.configuration = config;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        boolean valid = processor.process(configuration, exchange);
        if (!valid) {
            return problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden",
                    "Cross-origin request refused for this origin, method or header.");
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            exchange.getResponse().setStatusCode(HttpStatus.OK);
            return exchange.getResponse().setComplete();
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
