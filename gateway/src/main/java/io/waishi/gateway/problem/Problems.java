package io.waishi.gateway.problem;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 {@code application/problem+json} bodies with a stable {@code type} of the form
 * {@code urn:waishi:problem:<slug>}. Every error the gateway itself produces goes through here, so
 * clients see one shape whatever failed (security, rate limit, body size, circuit breaker, routing).
 */
@Component
public class Problems {

    public static final String TYPE_PREFIX = "urn:waishi:problem:";

    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    /** The slug for a status when no more specific one applies. */
    public static String slugFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "rate-limited";
            case 502 -> "bad-gateway";
            case 503 -> "service-unavailable";
            case 504 -> "gateway-timeout";
            default -> status.is4xxClientError() ? "client-error" : "internal-error";
        };
    }

    /** The problem document as a JSON string. */
    public String body(HttpStatusCode status, String slug, String detail, String instance, Map<String, ?> extensions) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_PREFIX + slug);
        problem.put("title", titleFor(status));
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        if (extensions != null) {
            problem.putAll(extensions);
        }
        return json.writeValueAsString(problem);
    }

    /** Writes the problem as the whole response, unless the response is already committed. */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String slug, String detail) {
        return write(exchange, status, slug, detail, Map.of());
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String slug, String detail,
            Map<String, ?> extensions) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        byte[] bytes = body(status, slug, detail, exchange.getRequest().getPath().value(), extensions)
                .getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(bytes.length);
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }

    private static String titleFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Error " + status.value();
    }
}
