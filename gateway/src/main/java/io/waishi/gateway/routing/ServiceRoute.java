package io.waishi.gateway.routing;

import io.waishi.gateway.GatewayProperties;
import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * One downstream service: its id (circuit breaker, bulkhead and fallback name), the path prefix it
 * serves behind {@code /api/}, where its base URL comes from, and whether it publishes an OpenAPI document.
 */
public record ServiceRoute(String id, String prefix, Function<GatewayProperties.Services, URI> uri,
        boolean apiDocs) {

    public static final List<ServiceRoute> ALL = List.of(
            new ServiceRoute("sister-city", "sister-cities", GatewayProperties.Services::getSisterCity, true),
            new ServiceRoute("travel", "travel", GatewayProperties.Services::getTravel, true),
            new ServiceRoute("reception", "receptions", GatewayProperties.Services::getReception, true),
            new ServiceRoute("publicity", "publicity", GatewayProperties.Services::getPublicity, true),
            // The sign-in provider's user administration (/api/identity/users), for the console's admin pages.
            new ServiceRoute("identity", "identity", GatewayProperties.Services::getIdentity, false));

    public static final String PUBLIC_SERVICE = "publicity";
}
