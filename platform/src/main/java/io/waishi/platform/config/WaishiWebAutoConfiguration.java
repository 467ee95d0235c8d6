package io.waishi.platform.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.waishi.platform.idempotency.IdempotencyFilter;
import io.waishi.platform.idempotency.IdempotencyKey;
import io.waishi.platform.idempotency.IdempotencyKeySweep;
import io.waishi.platform.idempotency.IdempotencyProperties;
import io.waishi.platform.idempotency.IdempotencyStore;
import io.waishi.platform.security.ActorArgumentResolver;
import io.waishi.platform.web.OperatorInjectionGuard;
import io.waishi.platform.web.ProblemDetailsAdvice;
import io.waishi.platform.web.RuleMessages;
import io.waishi.platform.web.RuleViolationViews;
import io.waishi.platform.web.RequestBodyLimitFilter;
import java.time.Clock;
import java.util.List;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP conventions of every service: problem details, body size limit, {@code Idempotency-Key}, the actor
 * argument, no query operators in input, OpenAPI.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class WaishiWebAutoConfiguration {

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /** Every feature's words for its rules, for problems and for checks that act on nothing. */
    @Bean
    RuleViolationViews ruleViolationViews(ObjectProvider<RuleMessages> messages) {
        return new RuleViolationViews(messages.orderedStream().toList());
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            @Value("${waishi.http.max-body-size:256KB}") DataSize maxBodySize, JsonMapper jsonMapper) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(maxBodySize.toBytes(), jsonMapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    OperatorInjectionGuard operatorInjectionGuard(JsonMapper jsonMapper) {
        return new OperatorInjectionGuard(jsonMapper);
    }

    @Bean
    WebMvcConfigurer actorArgumentConfigurer(OperatorInjectionGuard operatorInjectionGuard) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(operatorInjectionGuard);
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI waishiOpenApi(@Value("${spring.application.name}") String applicationName,
            @Value("${waishi.api.title:Waishi ${spring.application.name}}") String title) {
        return new OpenAPI()
                .info(new Info().title(title).version("v1")
                        .description("Part of Waishi, the Foreign Affairs Office suite. Errors are RFC 9457 problem "
                                + "details; commands accept If-Match with the ETag of the object."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /**
     * {@code Idempotency-Key} on POST requests, remembered in the service's {@value IdempotencyStore#COLLECTION}
     * collection. Switched off with {@code waishi.http.idempotency.enabled=false}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "waishi.http.idempotency.enabled", havingValue = "true", matchIfMissing = true)
    static class IdempotencyConfiguration {

        @Bean
        IdempotencyStore idempotencyStore(MongoTemplate mongo, IdempotencyProperties properties,
                ObjectProvider<Clock> clock) {
            return new IdempotencyStore(mongo, properties, clock.getIfAvailable(Clock::systemUTC));
        }

        @Bean
        IdempotencyKeySweep idempotencyKeySweep(IdempotencyStore store, IdempotencyProperties properties,
                ObjectProvider<Clock> clock) {
            return new IdempotencyKeySweep(store, properties, clock.getIfAvailable(Clock::systemUTC));
        }

        /** After Spring Security's filter chain, so that the key is scoped by the verified user. */
        @Bean
        FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, JsonMapper jsonMapper,
                ObjectProvider<MeterRegistry> meters, ObjectProvider<SecurityFilterProperties> securityFilter) {
            FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                    new IdempotencyFilter(store, jsonMapper, meters.getIfAvailable(SimpleMeterRegistry::new)));
            int securityOrder = securityFilter.getIfAvailable(SecurityFilterProperties::new).getOrder();
            registration.setOrder(securityOrder + 10);
            return registration;
        }

        /** Documents the header on every POST operation. */
        @Bean
        GlobalOpenApiCustomizer idempotencyKeyOpenApiCustomizer(IdempotencyProperties properties) {
            String retention = properties.retention().toMinutesPart() == 0 && properties.retention().toSecondsPart() == 0
                    ? properties.retention().toHours() + " hours" : properties.retention().toString();
            return openApi -> {
                if (openApi.getPaths() == null) {
                    return;
                }
                for (PathItem path : openApi.getPaths().values()) {
                    if (path.getPost() != null && (path.getPost().getParameters() == null || path.getPost()
                            .getParameters().stream().noneMatch(p -> IdempotencyKey.HEADER.equalsIgnoreCase(p.getName())))) {
                        path.getPost().addParametersItem(new HeaderParameter().name(IdempotencyKey.HEADER).required(false)
                                .description("Makes the request safe to retry: a request repeated with the same key "
                                        + "returns the first answer (with Idempotent-Replayed: true) and changes nothing. "
                                        + "1-255 printable ASCII characters, e.g. a UUID; remembered for " + retention
                                        + " for the same user and endpoint.")
                                .schema(new StringSchema().minLength(1).maxLength(IdempotencyKey.MAX_LENGTH)));
                    }
                }
            };
        }
    }
}
