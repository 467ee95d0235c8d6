package io.waishi.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where token signatures are checked against, and what a token must say about itself.
 *
 * @param jwkSetUri         the identity provider's JWK set (production)
 * @param publicKeyLocation an RSA public key in PEM (tests; a provider without a JWK set)
 * @param issuer            the required {@code iss}
 * @param audience          a value the {@code aud} claim must contain
 */
@ConfigurationProperties("waishi.security.jwt")
public record JwtProperties(String jwkSetUri, Resource publicKeyLocation, String issuer, String audience) {
}
