package io.waishi.platform.security;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives controller methods the {@link Actor} of the verified token, so the domain can judge the act. */
public class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return currentActor();
    }

    public static Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new AuthenticationCredentialsNotFoundException("No verified token");
        }
        List<String> names = token.getToken().hasClaim(RolesClaimConverter.ROLES_CLAIM)
                ? token.getToken().getClaimAsStringList(RolesClaimConverter.ROLES_CLAIM)
                : List.of();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> Role.parse(name).ifPresent(roles::add));
        return new Actor(token.getToken().getSubject(), roles,
                Optional.ofNullable(token.getToken().getClaimAsString(RolesClaimConverter.UNIT_CLAIM)));
    }
}
