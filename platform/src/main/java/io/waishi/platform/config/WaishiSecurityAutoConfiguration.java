package io.waishi.platform.config;

import io.waishi.platform.security.JwtProperties;
import io.waishi.platform.security.AuditorsChangeNothing;
import io.waishi.platform.security.Jwts;
import io.waishi.platform.security.ProblemAuthenticationHandlers;
import io.waishi.platform.security.RolesClaimConverter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is an OAuth2 resource server: bearer JWTs checked for signature, expiry, issuer and
 * audience, and the claims acts are judged by; roles from the {@code roles} claim. Only health, metrics and API
 * docs are open, and reading {@code /public/**} (GET and HEAD: published content and country profiles, which the
 * gateway routes anonymously); any other method there still needs a token. An AUDITOR reads everything and
 * changes nothing, whatever else the token says.
 */
@AutoConfiguration(beforeName = {
    "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
    "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(JwtProperties.class)
@EnableMethodSecurity
public class WaishiSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(JwtProperties properties) {
        return Jwts.decoder(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityFilterChain waishiSecurityFilterChain(HttpSecurity http, JsonMapper jsonMapper,
            @Value("${waishi.api.prefix}") String apiPrefix) throws Exception {
        ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers(jsonMapper);
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new RolesClaimConverter());
        http
                .csrf(csrf -> csrf.disable()) // bearer tokens only: no cookie, nothing to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.TRACE, "/**").denyAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/public/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/public/**").permitAll()
                        // Dead letters and other operations: ADMIN acts, AUDITOR reads.
                        .requestMatchers(HttpMethod.GET, apiPrefix + "/admin/**").hasAnyRole("ADMIN", "AUDITOR")
                        .requestMatchers(apiPrefix + "/admin/**").access(AuditorsChangeNothing.and("ADMIN"))
                        .requestMatchers(AuditorsChangeNothing::isChange).access(AuditorsChangeNothing.and(null))
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }
}
