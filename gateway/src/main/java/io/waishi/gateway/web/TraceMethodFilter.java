package io.waishi.gateway.web;

import io.waishi.gateway.problem.Problems;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses TRACE (and CONNECT) with 405 before anything else runs. TRACE echoes the request, headers
 * included, which is how cross-site tracing steals tokens; nothing behind the gateway needs it.
 * Spring Security's firewall would also refuse it, but with a bare 400.
 */
@Component
class TraceMethodFilter implements WebFilter, Ordered {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    private static final Set<HttpMethod> REFUSED = Set.of(HttpMethod.TRACE, HttpMethod.valueOf("CONNECT"));
    private static final Set<HttpMethod> ALLOWED = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

    private final Problems problems;

    TraceMethodFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpMethod method = exchange.getRequest().getMethod();
        if (!REFUSED.contains(method)) {
            return chain.filter(exchange);
        }
        exchange.getResponse().getHeaders().setAllow(ALLOWED);
        return problems.write(exchange, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "The " + method.name() + " method is not supported.");
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
