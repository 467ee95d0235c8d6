package io.waishi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdvice;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses MongoDB query operators where a client could slip them in (OWASP API8, injection): a JSON body with a
 * property named like an operator ({@code {"status": {"$ne": null}}}, {@code $where}), or a query parameter
 * written as one ({@code tag[$ne]=x}, {@code tag={"$ne":null}}, {@code q=$where}). Services bind typed values
 * and quote search words, so such input could do no harm today; refusing it with 400 keeps it that way when
 * someone adds a map-typed field or a looser query tomorrow, and tells the client plainly.
 */
@ControllerAdvice
public class OperatorInjectionGuard implements RequestBodyAdvice, HandlerInterceptor {

    /** {@code $} then a letter at the start of a value, or an object with a {@code $} key anywhere in it. */
    private static final Pattern OPERATOR_VALUE = Pattern.compile("^\\s*\\$[A-Za-z]|\\{\\s*[\"']?\\$");

    private final JsonMapper jsonMapper;

    public OperatorInjectionGuard(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (name.indexOf('$') >= 0 || name.indexOf('[') >= 0) {
                throw new OperatorInjectionException(name);
            }
            for (String value : parameter.getValue()) {
                if (value != null && OPERATOR_VALUE.matcher(value).find()) {
                    throw new OperatorInjectionException(name);
                }
            }
        }
        return true;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        refuseOperatorProperties(body);
        HttpHeaders headers = input.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    /** Walks the JSON without binding it; what is not JSON is left to the converter to refuse as malformed. */
    void refuseOperatorProperties(byte[] body) {
        if (body.length == 0) {
            return;
        }
        try (JsonParser parser = jsonMapper.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.PROPERTY_NAME && parser.currentName().startsWith("$")) {
                    throw new OperatorInjectionException(parser.currentName());
                }
            }
        } catch (StreamReadException notJson) {
            // The message converter reports it, with the service's usual problem.
        }
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return body;
    }

    @Override
    public Object handleEmptyBody(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return body;
    }

    /** A query operator where plain data belongs; names the parameter or property, never echoes the value. */
    public static final class OperatorInjectionException extends RuntimeException {

        private final String where;

        OperatorInjectionException(String where) {
            super("Query operators are not accepted: '" + where + "' must be plain data");
            this.where = where;
        }

        public String where() {
            return where;
        }
    }
}
