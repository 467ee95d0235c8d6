package io.waishi.platform.audit;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Takes the reason for a change from the request body the controller receives — a record component, a getter
 * or a map entry named {@code reason}, {@code comment} or {@code note} — so no controller has to pass it on.
 */
@ControllerAdvice
public class AuditReasonAdvice extends RequestBodyAdviceAdapter {

    private final List<String> fields;

    public AuditReasonAdvice(AuditProperties properties) {
        this.fields = properties.reasonFields();
    }

    @Override
    public boolean supports(MethodParameter methodParameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        String reason = reasonIn(body, fields);
        if (reason != null) {
            AuditReason.set(reason);
        }
        return body;
    }

    static String reasonIn(Object body, List<String> fields) {
        if (body == null) {
            return null;
        }
        for (String field : fields) {
            Object value = valueOf(body, field);
            if (value instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    private static Object valueOf(Object body, String field) {
        if (body instanceof Map<?, ?> map) {
            return map.get(field);
        }
        try {
            if (body.getClass().isRecord()) {
                for (RecordComponent component : body.getClass().getRecordComponents()) {
                    if (component.getName().equals(field)) {
                        Method accessor = component.getAccessor();
                        accessor.setAccessible(true);
                        return accessor.invoke(body);
                    }
                }
                return null;
            }
            Method getter = body.getClass().getMethod("get" + Character.toUpperCase(field.charAt(0)) + field.substring(1));
            getter.setAccessible(true);
            return getter.invoke(body);
        } catch (ReflectiveOperationException | RuntimeException notThere) {
            return null;
        }
    }
}
