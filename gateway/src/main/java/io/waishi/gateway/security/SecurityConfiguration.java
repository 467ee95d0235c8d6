package io.waishi.gateway.security;

import io.waishi.gateway.problem.Problems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway's coarse gate: bearer JWTs on {@code /api/**}, anonymous {@code /public/**}, docs and
 * probes; {@code /api/*}{@code /admin/**} needs ADMIN (AUDITOR may read it). The services make the real decisions (units,
 * object-level rules); the token is relayed to them unchanged.
 *
 * <p>This chain is the bearer path. Without browser sign-in ({@link LoginProperties#enabled()}) it
 * takes every request; with it, only requests carrying an {@code Authorization} header, and
 * {@link LoginConfiguration}'s session chain takes the rest. Either way a bearer request is
 * stateless: no session, no cookie, no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({JwtProperties.class, LoginProperties.class})
class SecurityConfiguration {

    /** API responses are JSON: no scripts, no framing. Swagger UI needs scripts, so it is left out. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    /**
     * The console: its own scripts only, styles inline too (the component library injects its styles at run
     * time), images from itself, data URLs and https (publicity previews), calls to its own origin only.
     */
    static final String CONSOLE_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: https:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; frame-ancestors 'none'";

    @Bean
    ReactiveJwtDecoder jwtDecoder(JwtProperties properties) {
        return JwtDecoders.fromProperties(properties);
    }

    /**
     * Picked up by Spring Security's WebFilterChainProxy (only if it is the single bean of its type):
     * firewall rejections (e.g. {@code ;} or encoded dots in the path) become 400 problems.
     */
    @Bean
    ServerExchangeRejectedHandler serverExchangeRejectedHandler(Problems problems) {
        return new ProblemSecurityHandlers(problems)::handle;
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder, Problems problems,
            LoginProperties login) {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new JwtAuthorities());
        if (login.enabled()) {
            http.securityMatcher(SecurityConfiguration::hasAuthorizationHeader);
        }
        return http
                // Stateless bearer-token API: no session, no cookies, hence no CSRF token to check.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(org.springframework.security.web.server.savedrequest
                        .NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // CORS is answered by CorsFilter before this chain (preflights carry no token).
                .cors(ServerHttpSecurity.CorsSpec::disable)
                .headers(SecurityConfiguration::headers)
                .authorizeExchange(SecurityConfiguration::rules)
                .oauth2ResourceServer(oauth2 -> oauth2
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder)
                                .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(converter)))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .build();
    }

    /** The same rules on both paths, so a browser session can reach no more than a bearer token. */
    static void rules(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                .pathMatchers("/actuator", "/actuator/**").denyAll()
                .pathMatchers("/public/**").permitAll()
                .pathMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                        "/webjars/**").permitAll()
                // Circuit-breaker fallbacks are reached by internal forwards only.
                .pathMatchers("/fallback/**").denyAll()
                // Operations (dead letters): ADMIN acts, AUDITOR reads — the services judge the same way.
                .pathMatchers(HttpMethod.GET, "/api/*/admin", "/api/*/admin/**").hasAnyRole("ADMIN", "AUDITOR")
                .pathMatchers("/api/*/admin", "/api/*/admin/**").hasRole("ADMIN")
                .pathMatchers("/api/**").authenticated()
                // The console: its code is no secret (a session whose sign-in lapsed still loads it and is
                // sent to sign in); its pages are for signed-in staff (an HTML request is redirected to sign in).
                .pathMatchers(HttpMethod.GET, "/", "/console", "/console/assets/**").permitAll()
                .pathMatchers(HttpMethod.GET, "/console/**").authenticated()
                .anyExchange().denyAll();
    }

    static void headers(ServerHttpSecurity.HeaderSpec headers) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .writer(consoleReferrerPolicy())
                .writer(apiContentSecurityPolicy());
    }

    /**
     * No referrer anywhere, except that the console's pages say {@code same-origin}: under {@code no-referrer} a
     * browser sends {@code Origin: null} on the page's own POSTs (its API calls and the sign-out form), which the
     * CORS allowlist rightly refuses; {@code same-origin} keeps the real origin on those and still sends nothing
     * to other sites.
     */
    private static ServerHttpHeadersWriter consoleReferrerPolicy() {
        return exchange -> {
            if (exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/console")) {
                exchange.getResponse().getHeaders().set("Referrer-Policy", ReferrerPolicy.SAME_ORIGIN.getPolicy());
            }
            return Mono.empty();
        };
    }

    private static Mono<ServerWebExchangeMatcher.MatchResult> hasAuthorizationHeader(ServerWebExchange exchange) {
        return exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
                ? ServerWebExchangeMatcher.MatchResult.match()
                : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    private static ServerHttpHeadersWriter apiContentSecurityPolicy() {
        return exchange -> {
            String path = exchange.getRequest().getPath().pathWithinApplication().value();
            HttpHeaders headers = exchange.getResponse().getHeaders();
            boolean swaggerUi = path.startsWith("/swagger-ui") || path.startsWith("/webjars/");
            if (!swaggerUi && !headers.containsHeader("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", path.startsWith("/console") ? CONSOLE_CSP : API_CSP);
            }
            return Mono.empty();
        };
    }
}
