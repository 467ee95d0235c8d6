package io.waishi.platform.audit;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The reason the person gave for the change the current request makes. The platform takes it from the request
 * body's {@code reason}, {@code comment} or {@code note} field ({@code waishi.audit.reason-fields}); code that
 * receives a reason some other way may set it here.
 */
public final class AuditReason {

    static final String ATTRIBUTE = AuditReason.class.getName();
    static final int MAX_LENGTH = 2000;

    private AuditReason() {
    }

    /** Remembers {@code reason} for the rest of the current request; outside a request it does nothing. */
    public static void set(String reason) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null || reason == null || reason.isBlank()) {
            return;
        }
        String text = reason.strip();
        attributes.setAttribute(ATTRIBUTE, text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text,
                RequestAttributes.SCOPE_REQUEST);
    }

    /** The reason given in the current request, or null. */
    public static String current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? null : (String) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }
}
