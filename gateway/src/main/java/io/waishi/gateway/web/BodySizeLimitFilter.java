package io.waishi.gateway.web;

import io.waishi.gateway.GatewayProperties;
import io.waishi.gateway.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses bodies larger than {@code waishi.gateway.max-body-size} with a 413 problem. A declared
 * Content-Length is checked without reading anything; a chunked body (no length) is read up to the
 * limit first, so an oversized one is refused before any byte reaches a service. Runs after the
 * security chain, so an anonymous caller gets 401 rather than learning the limit.
 */
@Component
class BodySizeLimitFilter implements WebFilter, Ordered {

    /** After Spring Security's WebFilterChainProxy (-100). */
    static final int ORDER = 0;

    private final long maxBytes;
    private final Problems problems;

    BodySizeLimitFilter(GatewayProperties properties, Problems problems) {
        this.maxBytes = properties.getMaxBodySize().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            return tooLarge(exchange);
        }
        if (declared >= 0 || !request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        int limit = (int) Math.min(Integer.MAX_VALUE, maxBytes);
        return DataBufferUtils.join(request.getBody(), limit)
                .map(BodySizeLimitFilter::copyAndRelease)
                .defaultIfEmpty(new byte[0])
                .flatMap(bytes -> chain.filter(exchange.mutate().request(withBody(request, bytes)).build()))
                .onErrorResume(DataBufferLimitException.class, e -> tooLarge(exchange));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        // The client may still be sending; closing keeps it from streaming the rest for nothing.
        exchange.getResponse().getHeaders().setConnection("close");
        return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                "The request body exceeds the limit of " + maxBytes + " bytes.");
    }

    /** Copies to a heap array so nothing pooled leaks if the request is refused further down. */
    private static byte[] copyAndRelease(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    private static ServerHttpRequest withBody(ServerHttpRequest request, byte[] bytes) {
        return new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes)));
            }
        };
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
