package io.waishi.gateway.routing;

import io.waishi.gateway.GatewayProperties;
import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * One downstream service: its id (circuit breaker, bulkhead and fallback name), the path prefix it
 * serves behind {@code /api/}, and where its base URL comes from.
 */
public record ServiceRoute(String id, String prefix, Function<GatewayProperties.Services, URI> uri) {

    public static final List<ServiceRoute> ALL = List.of(
            new ServiceRoute("sister-city", "sister-cities", GatewayProperties.Services::getSisterCity),
            new ServiceRoute("travel", "travel", GatewayProperties.Services::getTravel),
            new ServiceRoute("reception", "receptions", GatewayProperties.Services::getReception),
            new ServiceRoute("publicity", "publicity", GatewayProperties.Services::getPublicity));

    public static final String PUBLIC_SERVICE = "publicity";
}
