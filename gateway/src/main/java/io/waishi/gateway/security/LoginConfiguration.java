package io.waishi.gateway.security;

import io.waishi.gateway.problem.Problems;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;
import io.netty.channel.ChannelOption;
import java.time.Duration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveRefreshTokenTokenResponseClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The browser path, on only when {@code waishi.gateway.login.client-id} is set. A browser signs in
 * with the authorization-code flow and PKCE ({@code /oauth2/authorization/waishi-console}, back on
 * {@code /login/oauth2/code/waishi-console}); the gateway keeps the security context and the tokens
 * in its server-side WebSession (the browser holds only the HttpOnly session cookie), relays the
 * access token to the services (the routes' TokenRelay filter), refreshes it with the refresh token
 * shortly before it expires, and signs out at the provider too ({@code POST /logout}).
 *
 * <p>This chain takes every request without an {@code Authorization} header (the bearer chain in
 * {@link SecurityConfiguration} takes those), with the same access rules. State-changing requests
 * that carry the session cookie need the CSRF token: the {@code XSRF-TOKEN} cookie (readable by the
 * console's script) echoed in the {@code X-XSRF-TOKEN} header. An unauthenticated request that asks
 * for HTML is sent to sign in; any other gets the same 401 problem as on the bearer path.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LoginConfiguration.Enabled.class)
class LoginConfiguration {

    static final String AUTHORIZATION_PATH = "/oauth2/authorization/" + LoginProperties.REGISTRATION_ID;
    static final String ROLES_CLAIM = JwtAuthorities.ROLES_CLAIM;

    /** Matches when a client id is configured (an empty environment variable counts as none). */
    static final class Enabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("waishi.gateway.login.client-id"));
        }
    }

    @Bean
    ReactiveClientRegistrationRepository clientRegistrationRepository(LoginProperties login) {
        return new InMemoryReactiveClientRegistrationRepository(registration(login));
    }

    /**
     * The provider from explicit endpoints when all three are set (no request at start-up), else by
     * discovery from the issuer (the provider must answer at start-up).
     */
    static ClientRegistration registration(LoginProperties login) {
        ClientRegistration.Builder builder;
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (login.explicitEndpoints()) {
            builder = ClientRegistration.withRegistrationId(LoginProperties.REGISTRATION_ID)
                    .authorizationUri(login.authorizationUri().toString())
                    .tokenUri(login.tokenUri().toString())
                    .jwkSetUri(login.jwkSetUri().toString())
                    .userInfoUri(login.userInfoUri() == null ? null : login.userInfoUri().toString())
                    .issuerUri(login.issuerUri() == null ? null : login.issuerUri().toString());
        } else if (login.issuerUri() != null) {
            ClientRegistration discovered = ClientRegistrations.fromIssuerLocation(login.issuerUri().toString())
                    .registrationId(LoginProperties.REGISTRATION_ID)
                    .clientId(login.clientId())
                    .build();
            metadata.putAll(discovered.getProviderDetails().getConfigurationMetadata());
            builder = ClientRegistration.withClientRegistration(discovered);
        } else {
            throw new IllegalStateException("waishi.gateway.login.client-id is set but the provider is not: set "
                    + "waishi.gateway.login.issuer-uri (discovery at start-up) or authorization-uri, token-uri "
                    + "and jwk-set-uri (WAISHI_GATEWAY_LOGIN_ISSUER_URI, ..._AUTHORIZATION_URI, ..._TOKEN_URI, "
                    + "..._JWK_SET_URI)");
        }
        if (login.endSessionUri() != null) {
            metadata.put("end_session_endpoint", login.endSessionUri().toString());
        }
        return builder
                .clientId(login.clientId())
                .clientSecret(login.clientSecret())
                .clientName("Waishi")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(login.scopes())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(metadata)
                // PKCE for this confidential client too (Spring Security 7's default, stated here).
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }

    /** Tokens live in the WebSession: gone with it on logout or expiry, never in a browser-visible place. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /**
     * The calls to the provider's token endpoint (sign-in and refresh) fail after a time instead of holding a
     * sign-in for ever, and never reuse a connection idle long enough for the provider to have closed it
     * (a request written into a connection the server is closing can wait with no answer).
     */
    static WebClient providerClient() {
        ConnectionProvider connections = ConnectionProvider.builder("sign-in-provider")
                .maxIdleTime(PROVIDER_IDLE).evictInBackground(PROVIDER_IDLE).build();
        return WebClient.builder().clientConnector(new ReactorClientHttpConnector(HttpClient.create(connections)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) PROVIDER_CONNECT.toMillis())
                .responseTimeout(PROVIDER_RESPONSE))).build();
    }

    private static final Duration PROVIDER_IDLE = Duration.ofSeconds(10);
    private static final Duration PROVIDER_CONNECT = Duration.ofSeconds(5);
    private static final Duration PROVIDER_RESPONSE = Duration.ofSeconds(15);

    /** oauth2Login exchanges the code through this client (Spring Security picks the bean up). */
    @Bean
    ReactiveOAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> authorizationCodeTokenClient() {
        WebClientReactiveAuthorizationCodeTokenResponseClient client =
                new WebClientReactiveAuthorizationCodeTokenResponseClient();
        client.setWebClient(providerClient());
        return client;
    }

    /** Used by TokenRelay: returns the session's token, refreshed first when it is about to expire. */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository authorizedClients, LoginProperties login, ObjectProvider<Clock> clock) {
        Clock now = clock.getIfAvailable(Clock::systemUTC);
        DefaultReactiveOAuth2AuthorizedClientManager manager =
                new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
        WebClientReactiveRefreshTokenTokenResponseClient refreshClient = new WebClientReactiveRefreshTokenTokenResponseClient();
        refreshClient.setWebClient(providerClient());
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken(refresh -> refresh.clockSkew(login.refreshBefore()).clock(now)
                        .accessTokenResponseClient(refreshClient))
                .build());
        return manager;
    }

    /** The {@code roles} claim of the ID token as {@code ROLE_x}, as on the bearer path. */
    @Bean
    GrantedAuthoritiesMapper sessionAuthoritiesMapper() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    mapped.addAll(JwtAuthorities.roles(oidc.getIdToken().getClaimAsStringList(ROLES_CLAIM)));
                }
            }
            return mapped;
        };
    }

    /** {@code GET /api/me} for the console (bearer callers may ask too). */
    @Bean
    RouterFunction<ServerResponse> currentUserEndpoint() {
        return CurrentUser.endpoint();
    }

    /** The session cookie: HttpOnly, Secure unless turned off, SameSite Lax by default. */
    @Bean
    WebSessionIdResolver webSessionIdResolver(LoginProperties login) {
        CookieWebSessionIdResolver resolver = new CookieWebSessionIdResolver();
        resolver.setCookieName(login.cookie().name());
        resolver.addCookieInitializer(cookie -> cookie.path("/").httpOnly(true)
                .secure(login.cookie().secure()).sameSite(login.cookie().sameSite()));
        return resolver;
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain browserSecurity(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository authorizedClients, LoginProperties login, Problems problems) {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
        WebSessionServerRequestCache requestCache = new WebSessionServerRequestCache();

        MediaTypeServerWebExchangeMatcher html = new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        RedirectServerAuthenticationEntryPoint signIn = new RedirectServerAuthenticationEntryPoint(AUTHORIZATION_PATH);
        signIn.setRequestCache(requestCache);
        DelegatingServerAuthenticationEntryPoint entryPoint =
                new DelegatingServerAuthenticationEntryPoint(new DelegateEntry(html, signIn));
        entryPoint.setDefaultEntryPoint(handlers);

        CookieServerCsrfTokenRepository csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookiePath("/");
        csrfTokens.setCookieCustomizer(cookie -> cookie.secure(login.cookie().secure())
                .sameSite(login.cookie().sameSite()));

        OidcClientInitiatedServerLogoutSuccessHandler logoutSuccess =
                new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        logoutSuccess.setPostLogoutRedirectUri(login.postLogoutRedirectUri());
        logoutSuccess.setLogoutSuccessUrl(URI.create("/"));

        WebSessionServerSecurityContextRepository contexts = new WebSessionServerSecurityContextRepository();
        return http
                .securityContextRepository(contexts)
                .requestCache(cache -> cache.requestCache(requestCache))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .cors(ServerHttpSecurity.CorsSpec::disable)
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        // The console reads the cookie and sends its raw value back; the token never
                        // appears in a response body, so the BREACH masking (Xor handler) adds nothing.
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(stateChangingWithSessionCookie(login.cookie().name()))
                        .accessDeniedHandler(handlers::csrfRefused))
                .headers(SecurityConfiguration::headers)
                .oauth2Login(oauth2 -> oauth2
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(authorizedClients)
                        .securityContextRepository(contexts)
                        .authenticationFailureHandler((exchange, failure) ->
                                handlers.signInFailed(exchange.getExchange(), failure)))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutHandler(logoutHandlers -> logoutHandlers.add(new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(logoutSuccess))
                .authorizeExchange(SecurityConfiguration::rules)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(handlers))
                .addFilterAfter(issueCsrfCookieToSessions(), SecurityWebFiltersOrder.AUTHORIZATION)
                .build();
    }

    /**
     * CSRF applies where a browser sends credentials by itself: state-changing methods on a request
     * with the session cookie. Without that cookie the request is anonymous anyway and gets its 401.
     */
    static ServerWebExchangeMatcher stateChangingWithSessionCookie(String sessionCookie) {
        Set<HttpMethod> safe = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
        return exchange -> !safe.contains(exchange.getRequest().getMethod())
                && exchange.getRequest().getCookies().containsKey(sessionCookie)
                ? MatchResult.match() : MatchResult.notMatch();
    }

    /**
     * Spring Security loads the CSRF token lazily; the console needs the cookie before its first
     * POST, so every response to a signed-in session carries it (once; it is reused while present).
     * Anonymous responses (public, cacheable content) get no cookie.
     */
    private static WebFilter issueCsrfCookieToSessions() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            if (token == null) {
                return chain.filter(exchange);
            }
            return ReactiveSecurityContextHolder.getContext()
                    .map(SecurityContext::getAuthentication)
                    .filter(OAuth2AuthenticationToken.class::isInstance)
                    .flatMap(signedIn -> token)
                    .then(chain.filter(exchange));
        };
    }
}
