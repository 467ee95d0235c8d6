package io.waishi.identity.authorization;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.waishi.identity.account.Accounts;
import io.waishi.platform.security.JwtProperties;
import io.waishi.platform.security.Jwts;
import io.waishi.platform.security.ProblemAuthenticationHandlers;
import io.waishi.platform.security.RolesClaimConverter;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Authorization Server with OpenID Connect 1.0 (discovery, JWKS, userinfo, RP-initiated logout), three
 * filter chains: the protocol endpoints, the admin API (bearer tokens of this provider, role {@code ADMIN}),
 * and the rest (the sign-in form, health and metrics).
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults());
        });
        MediaTypeRequestMatcher browser = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browser.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())) // the userinfo endpoint
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), browser));
        return http.build();
    }

    /** {@code /api/**}: stateless, bearer tokens only, problem details for 401 and 403. */
    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, JsonMapper jsonMapper) throws Exception {
        ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers(jsonMapper);
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new RolesClaimConverter());
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable()) // bearer tokens only: no cookie, nothing to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.TRACE, "/**").denyAll()
                        .requestMatchers("/api/identity/**").hasRole("ADMIN")
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    /** The sign-in form (Spring Security's own page) and the open operational endpoints. */
    @Bean
    @Order(3)
    SecurityFilterChain signInChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.TRACE, "/**").denyAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/error", "/login").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // bcrypt for new hashes
    }

    /** UTC, in milliseconds: what MongoDB stores. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(IdentityProperties properties, PasswordEncoder encoder) {
        return Clients.of(properties, encoder);
    }

    @Bean
    MongoAuthorizations authorizationService(MongoTemplate mongo, RegisteredClientRepository clients, Clock clock) {
        return new MongoAuthorizations(mongo, clients, clock);
    }

    @Bean
    ExpiredAuthorizationSweep expiredAuthorizationSweep(MongoAuthorizations authorizations,
            @Value("${waishi.identity.authorization-sweep-interval:PT1H}") Duration interval) {
        return new ExpiredAuthorizationSweep(authorizations, interval);
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(MongoTemplate mongo) {
        return new MongoConsents(mongo);
    }

    @Bean
    RSAKey signingKey(MongoTemplate mongo) {
        return SigningKeys.loadOrCreate(mongo);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    /** This provider's own tokens, checked like the services check them: signature, expiry, issuer, audience. */
    @Bean
    JwtDecoder jwtDecoder(RSAKey signingKey, IdentityProperties properties) throws JOSEException {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey()).build();
        decoder.setJwtValidator(Jwts.validator(new JwtProperties(null, null, properties.issuer(), properties.audience())));
        return decoder;
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> waishiClaims(Accounts accounts, IdentityProperties properties) {
        return new WaishiClaims(accounts, properties.audience());
    }
}
