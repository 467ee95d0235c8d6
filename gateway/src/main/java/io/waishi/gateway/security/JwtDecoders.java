package io.waishi.gateway.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.StringUtils;

/** Builds the gateway's token decoder from {@link JwtProperties}. */
final class JwtDecoders {

    private JwtDecoders() {
    }

    static ReactiveJwtDecoder fromProperties(JwtProperties properties) {
        boolean hasKey = properties.publicKeyLocation() != null;
        boolean hasJwks = StringUtils.hasText(properties.jwkSetUri());
        if (hasKey == hasJwks) {
            throw new IllegalStateException("Set exactly one of waishi.security.jwt.public-key-location "
                    + "(WAISHI_SECURITY_JWT_PUBLIC_KEY_LOCATION) and waishi.security.jwt.jwk-set-uri "
                    + "(WAISHI_SECURITY_JWT_JWK_SET_URI); the gateway cannot validate tokens otherwise");
        }
        NimbusReactiveJwtDecoder decoder = hasKey
                ? NimbusReactiveJwtDecoder.withPublicKey(readKey(properties)).build()
                : NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        decoder.setJwtValidator(validator(properties));
        return decoder;
    }

    /** Signature is checked by the decoder; these add timestamps (exp/nbf), then issuer and audience if set. */
    static OAuth2TokenValidator<Jwt> validator(JwtProperties properties) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        if (StringUtils.hasText(properties.issuer())) {
            validators.add(new JwtIssuerValidator(properties.issuer()));
        }
        if (StringUtils.hasText(properties.audience())) {
            validators.add(new JwtAudienceValidator(properties.audience()));
        }
        return validators.isEmpty() ? JwtValidators.createDefault()
                : JwtValidators.createDefaultWithValidators(validators);
    }

    private static RSAPublicKey readKey(JwtProperties properties) {
        try (InputStream in = properties.publicKeyLocation().getInputStream()) {
            return RsaKeyConverters.x509().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read waishi.security.jwt.public-key-location "
                    + properties.publicKeyLocation(), e);
        }
    }
}
