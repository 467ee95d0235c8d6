package io.waishi.gateway.console;

import java.net.URI;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;

/**
 * Serves the office web console (module {@code office-web}, built into {@code META-INF/resources/console/}):
 * {@code /} and {@code /console} lead to {@code /console/}; every page address of the console (no file
 * extension: {@code /console/travel/delegations/D1}) answers its {@code index.html}, so a bookmark or a reload
 * opens the page the browser's router shows; the hashed assets are served as static resources and cached for
 * a year. Who may open which address is the security chains' business.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration {

    static final String BASE = "/console/";
    static final String ASSETS = "/console/assets/";

    private static final Resource INDEX = new ClassPathResource("META-INF/resources/console/index.html");

    @Bean
    RouterFunction<ServerResponse> consoleRoutes() {
        return RouterFunctions.route()
                .GET("/", request -> ServerResponse.temporaryRedirect(URI.create(BASE)).build())
                .GET("/console", request -> ServerResponse.temporaryRedirect(URI.create(BASE)).build())
                .GET("/console/**", RequestPredicates.path("/console/**").and(request -> isPage(request.path())),
                        request -> INDEX.exists()
                                ? ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                                        .cacheControl(CacheControl.noCache()).bodyValue(INDEX)
                                : ServerResponse.notFound().build())
                .build();
    }

    /** Asset names carry their content hash, so a browser may keep them: a new build has new names. */
    @Bean
    WebFilter consoleAssetCaching() {
        String longLived = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable().getHeaderValue();
        return (exchange, chain) -> {
            if (exchange.getRequest().getPath().value().startsWith(ASSETS)) {
                exchange.getResponse().beforeCommit(() -> {
                    if (exchange.getResponse().getStatusCode() != null
                            && exchange.getResponse().getStatusCode().is2xxSuccessful()) {
                        exchange.getResponse().getHeaders().set(HttpHeaders.CACHE_CONTROL, longLived);
                    }
                    return reactor.core.publisher.Mono.empty();
                });
            }
            return chain.filter(exchange);
        };
    }

    /** A console page, not a file: its last segment has no extension. */
    static boolean isPage(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith(BASE) && !path.startsWith(ASSETS) && !last.contains(".");
    }
}
