package io.waishi.oidctest;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the gateway's sign-in tests: Spring Authorization Server on
 * its own Tomcat (random port), in its own application context without Boot's auto-configuration
 * (the test classpath is the gateway's). Two users: {@code alice}, whose tokens carry {@code roles}
 * and {@code unit}, and {@code ada}, an ADMIN; one confidential client, {@code waishi-console}, with authorization code
 * (PKCE required), refresh token and RP-initiated logout. The client's redirect URIs point at the
 * gateway, whose port is known only once it runs: {@link #gatewayBaseUrl(String)}.
 */
public final class TestOidcProvider implements AutoCloseable {

    public static final String CLIENT_ID = "waishi-console";
    public static final String CLIENT_SECRET = "console-secret";
    public static final String USER = "alice";
    public static final String PASSWORD = "alice-password";
    public static final List<String> ROLES = List.of("FAO_DIRECTOR", "UNIT_SIGNATORY");
    public static final String UNIT = "U001";
    public static final String NAME = "Alice Wang";
    /** A second user, {@code ada}, with the ADMIN role and no unit. */
    public static final String ADMIN = "ada";
    public static final String ADMIN_PASSWORD = "ada-password";

    private static final AtomicReference<String> GATEWAY = new AtomicReference<>("http://127.0.0.1");

    private final ConfigurableApplicationContext context;
    private final String issuer;

    private TestOidcProvider(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.issuer = "http://127.0.0.1:" + port;
    }

    /** Starts the provider; access tokens live {@code accessTokenTtl}. */
    public static TestOidcProvider start(Duration accessTokenTtl) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ProviderConfiguration.class)
                .web(WebApplicationType.SERVLET)
                // Not the gateway's application.yml (it makes the application reactive).
                .properties(Map.of("spring.config.name", "oidc-test-provider",
                        "spring.main.web-application-type", "servlet",
                        "spring.main.banner-mode", "off",
                        "oidc-test.access-token-ttl", accessTokenTtl.toString()))
                .registerShutdownHook(true)
                .run();
        return new TestOidcProvider(context);
    }

    /**
     * Forgets every authorization the provider has issued, as a revocation or a provider restart
     * would: their refresh tokens are refused from now on.
     */
    public void forgetAllAuthorizations() {
        context.getBean(ForgettingAuthorizationService.class).forgetAll();
    }

    /** Where the registered redirect URIs point from now on. */
    public void gatewayBaseUrl(String baseUrl) {
        GATEWAY.set(baseUrl);
    }

    public String issuer() {
        return issuer;
    }

    public String authorizationUri() {
        return issuer + "/oauth2/authorize";
    }

    public String tokenUri() {
        return issuer + "/oauth2/token";
    }

    public String jwkSetUri() {
        return issuer + "/oauth2/jwks";
    }

    public String endSessionUri() {
        return issuer + "/connect/logout";
    }

    @Override
    public void close() {
        context.close();
    }

    /** The in-memory authorization store, which can be emptied on demand. */
    static final class ForgettingAuthorizationService implements OAuth2AuthorizationService {
        private final RegisteredClientRepository clients;
        private volatile InMemoryOAuth2AuthorizationService delegate;

        ForgettingAuthorizationService(RegisteredClientRepository clients) {
            this.clients = clients;
            this.delegate = new InMemoryOAuth2AuthorizationService();
        }

        void forgetAll() {
            delegate = new InMemoryOAuth2AuthorizationService();
        }

        @Override
        public void save(OAuth2Authorization authorization) {
            delegate.save(authorization);
        }

        @Override
        public void remove(OAuth2Authorization authorization) {
            delegate.remove(authorization);
        }

        @Override
        public OAuth2Authorization findById(String id) {
            return delegate.findById(id);
        }

        @Override
        public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
            return delegate.findByToken(token, tokenType);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class ProviderConfiguration {

        @Bean
        TomcatServletWebServerFactory webServerFactory() {
            TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
            factory.setAddress(java.net.InetAddress.getLoopbackAddress());
            // Every endpoint is a security filter; Tomcat runs filters only for a request that maps to
            // some servlet, and without Spring MVC there is none but this one.
            factory.setRegisterDefaultServlet(true);
            return factory;
        }

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                    .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        @Bean
        UserDetailsService users() {
            return new InMemoryUserDetailsManager(
                    User.withUsername(USER).password("{noop}" + PASSWORD).roles("USER").build(),
                    User.withUsername(ADMIN).password("{noop}" + ADMIN_PASSWORD).roles("USER").build());
        }

        @Bean
        RegisteredClientRepository clients(org.springframework.core.env.Environment environment) {
            Duration ttl = Duration.parse(environment.getRequiredProperty("oidc-test.access-token-ttl"));
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient registeredClient) {
                    // The client is rebuilt on every lookup; nothing to keep (the server calls this to
                    // upgrade the {noop} secret's encoding).
                }

                @Override
                public RegisteredClient findById(String id) {
                    return CLIENT_ID.equals(id) ? client(ttl) : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? client(ttl) : null;
                }
            };
        }

        private static RegisteredClient client(Duration ttl) {
            String gateway = GATEWAY.get();
            return RegisteredClient.withId(CLIENT_ID)
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUri(gateway + "/login/oauth2/code/" + CLIENT_ID)
                    .postLogoutRedirectUri(gateway + "/")
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ttl)
                            .refreshTokenTimeToLive(Duration.ofHours(1)).build())
                    .build();
        }

        /** {@code roles}, {@code unit} and {@code name} in the access token and the ID token alike. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> userClaims() {
            return context -> {
                if (USER.equals(context.getPrincipal().getName())) {
                    context.getClaims().claim("roles", ROLES).claim("unit", UNIT).claim("name", NAME);
                } else if (ADMIN.equals(context.getPrincipal().getName())) {
                    context.getClaims().claim("roles", List.of("ADMIN"));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> jwkSource() {
            KeyPair keys = rsaKeys();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
            return NimbusJwtDecoder.withJwkSource(jwkSource).build();
        }

        @Bean
        ForgettingAuthorizationService authorizationService(RegisteredClientRepository clients) {
            return new ForgettingAuthorizationService(clients);
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }

        private static KeyPair rsaKeys() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
