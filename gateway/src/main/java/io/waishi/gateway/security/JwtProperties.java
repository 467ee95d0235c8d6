package io.waishi.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * How the gateway trusts access tokens ({@code waishi.security.jwt.*}, shared with the services).
 * Exactly one of {@code publicKeyLocation} (PEM RSA public key) and {@code jwkSetUri} must be set;
 * {@code issuer} and {@code audience} are checked whenever they are set.
 */
@ConfigurationProperties("waishi.security.jwt")
public record JwtProperties(Resource publicKeyLocation, String jwkSetUri, String issuer, String audience) {
}
