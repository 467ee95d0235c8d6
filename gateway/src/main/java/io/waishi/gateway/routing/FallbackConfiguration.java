package io.waishi.gateway.routing;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.waishi.gateway.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where the circuit breakers forward a failed call ({@code forward:/fallback/<service>}). Answers 504
 * when the service was too slow, 503 otherwise (refused connection, open circuit, bulkhead full).
 * Not reachable from outside: the security chain denies {@code /fallback/**}.
 */
@Configuration(proxyBeanMethods = false)
class FallbackConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FallbackConfiguration.class);

    /**
     * Seconds a client should wait before trying again while a circuit is open: the default
     * {@code resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state} (10s).
     */
    private static final String OPEN_CIRCUIT_RETRY_AFTER = "10";

    /** The client's path, kept for the fallback (the forward replaces the request path). */
    static final String ORIGINAL_PATH_ATTR = FallbackConfiguration.class.getName() + ".originalPath";

    @Bean
    GlobalFilter rememberOriginalPath() {
        return new RememberOriginalPath();
    }

    @Bean
    RouterFunction<ServerResponse> fallbackRoutes(Problems problems) {
        return RouterFunctions.route()
                .route(request -> request.path().startsWith("/fallback/"), request -> fallback(request, problems))
                .build();
    }

    private static Mono<ServerResponse> fallback(ServerRequest request, Problems problems) {
        String service = request.path().substring("/fallback/".length());
        Throwable failure = request.exchange().getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        String instance = originalPath(request);
        HttpStatus status;
        String slug;
        String detail;
        ServerResponse.BodyBuilder response;
        if (isTimeout(failure)) {
            status = HttpStatus.GATEWAY_TIMEOUT;
            slug = "gateway-timeout";
            detail = "The " + service + " service did not answer in time.";
            response = ServerResponse.status(status);
        } else if (failure instanceof CallNotPermittedException || isBulkheadFull(failure)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
            slug = "service-unavailable";
            detail = "The " + service + " service is temporarily unavailable; try again shortly.";
            response = ServerResponse.status(status).header(HttpHeaders.RETRY_AFTER, OPEN_CIRCUIT_RETRY_AFTER);
        } else {
            status = HttpStatus.SERVICE_UNAVAILABLE;
            slug = "service-unavailable";
            detail = "The " + service + " service cannot be reached.";
            response = ServerResponse.status(status);
        }
        log.warn("Fallback for {} on {} {}: {} ({})", service, request.method(), instance, status.value(),
                failure == null ? "no exception" : failure.toString());
        return response.contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problems.body(status, slug, detail, instance, Map.of("service", service))
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ResponseStatusException rse && rse.getStatusCode().value() == 504
                    || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof org.springframework.cloud.gateway.support.TimeoutException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** resilience4j-bulkhead is only a runtime dependency (through Spring Cloud CircuitBreaker). */
    private static boolean isBulkheadFull(Throwable failure) {
        return failure != null && failure.getClass().getName().equals("io.github.resilience4j.bulkhead.BulkheadFullException");
    }

    private static String originalPath(ServerRequest request) {
        return request.exchange().getAttribute(ORIGINAL_PATH_ATTR);
    }

    static final class RememberOriginalPath implements GlobalFilter, Ordered {
        @Override
        public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
            exchange.getAttributes().putIfAbsent(ORIGINAL_PATH_ATTR, exchange.getRequest().getPath().value());
            return chain.filter(exchange);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
