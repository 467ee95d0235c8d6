package io.waishi.gateway.routing;

import io.waishi.gateway.GatewayProperties;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory.BackoffConfig;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.route.builder.UriSpec;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;

/**
 * The routes, built from {@code waishi.gateway.*} so timeouts are typed durations and each service
 * gets the same protection. Paths are forwarded unchanged (services serve the same prefixes).
 *
 * <p>Filter order per API route: circuit breaker (outermost, one per service, 503/504 fallback),
 * then retry (GET only, inside the breaker so one client call counts once), then the proxy call
 * bounded by the route's connect and response timeouts. With browser sign-in on, a token relay
 * comes before all of them on the API routes.
 */
@Configuration(proxyBeanMethods = false)
class RoutesConfiguration {

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, GatewayProperties properties,
            ObjectProvider<ReactiveClientRegistrationRepository> browserSignIn) {
        boolean relaySessionTokens = browserSignIn.getIfAvailable() != null;
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (ServiceRoute service : ServiceRoute.ALL) {
            URI uri = service.uri().apply(properties.getServices());
            routes.route(service.id(), r -> timeouts(r.path("/api/" + service.prefix(), "/api/" + service.prefix() + "/**")
                    .filters(f -> retry(breaker(tokenRelay(f, relaySessionTokens), service), properties)), service, properties)
                    .uri(uri));
            // Each service's OpenAPI document, listed in the gateway's Swagger UI.
            if (!service.apiDocs()) {
                continue;
            }
            routes.route(service.id() + "-api-docs", r -> timeouts(r.path("/v3/api-docs/" + service.prefix())
                    .filters(f -> breaker(f.setPath("/v3/api-docs"), service)), service, properties).uri(uri));
        }
        ServiceRoute publicity = ServiceRoute.ALL.stream()
                .filter(s -> s.id().equals(ServiceRoute.PUBLIC_SERVICE)).findFirst().orElseThrow();
        routes.route("public", r -> timeouts(r.path("/public/**")
                .filters(f -> retry(breaker(f, publicity), properties)), publicity, properties)
                .uri(publicity.uri().apply(properties.getServices())));
        return routes.build();
    }

    /**
     * With browser sign-in on: a session's access token (refreshed when due) becomes the request's
     * bearer token. Bearer requests pass unchanged. First, so a failed refresh is a 401, not a
     * circuit-breaker fallback.
     */
    private static GatewayFilterSpec tokenRelay(GatewayFilterSpec filters, boolean relaySessionTokens) {
        return relaySessionTokens ? filters.tokenRelay() : filters;
    }

    private static GatewayFilterSpec breaker(GatewayFilterSpec filters, ServiceRoute service) {
        return filters.circuitBreaker(cb -> cb.setName(service.id()).setFallbackUri("forward:/fallback/" + service.id()));
    }

    /**
     * Idempotent GETs only. Statuses and series are OR-ed by the Retry filter, so series is left
     * empty: retrying a 500 (usually a bug) or a 504 (already waited a full timeout) helps nobody.
     * Only connection failures (IOException) are retried among exceptions, not response timeouts.
     */
    private static GatewayFilterSpec retry(GatewayFilterSpec filters, GatewayProperties properties) {
        GatewayProperties.Retry retry = properties.getRetry();
        if (retry.getRetries() <= 0) {
            return filters;
        }
        return filters.retry(config -> config
                .setRetries(retry.getRetries())
                .setMethods(HttpMethod.GET)
                .setSeries()
                .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE)
                .setExceptions(java.io.IOException.class)
                .setBackoff(new BackoffConfig(retry.getFirstBackoff(), retry.getMaxBackoff(), 2, true)));
    }

    private static UriSpec timeouts(UriSpec spec, ServiceRoute service, GatewayProperties properties) {
        GatewayProperties.Timeouts timeouts = properties.getTimeouts();
        return spec
                .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, (int) timeouts.connectFor(service.id()).toMillis())
                .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, timeouts.responseFor(service.id()).toMillis());
    }
}
