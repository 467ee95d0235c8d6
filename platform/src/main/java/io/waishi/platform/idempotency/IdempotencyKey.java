package io.waishi.platform.idempotency;

import java.util.List;

/**
 * A client's {@code Idempotency-Key}: 1 to 255 printable ASCII characters (space to tilde), not all spaces.
 * Sent plain ({@code Idempotency-Key: 8e03978e-40d5}) or as a structured-field string, as the IETF draft writes it
 * ({@code Idempotency-Key: "8e03978e-40d5"}); both name the same key.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (value == null || value.isEmpty()) {
            throw new InvalidIdempotencyKeyException("The Idempotency-Key is empty; send 1 to " + MAX_LENGTH
                    + " printable ASCII characters, for example a UUID");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidIdempotencyKeyException("The Idempotency-Key has " + value.length()
                    + " characters; at most " + MAX_LENGTH + " are allowed");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new InvalidIdempotencyKeyException(
                        "The Idempotency-Key may only contain printable ASCII characters (space to ~)");
            }
        }
        if (value.isBlank()) {
            throw new InvalidIdempotencyKeyException("The Idempotency-Key is blank");
        }
    }

    /** The key named by the values of the header in one request; exactly one value is allowed. */
    public static IdempotencyKey parse(List<String> headerValues) {
        if (headerValues == null || headerValues.isEmpty()) {
            throw new InvalidIdempotencyKeyException("No Idempotency-Key header");
        }
        if (headerValues.size() > 1) {
            throw new InvalidIdempotencyKeyException("Send one Idempotency-Key header, not " + headerValues.size());
        }
        return parse(headerValues.get(0));
    }

    public static IdempotencyKey parse(String headerValue) {
        if (headerValue == null) {
            throw new InvalidIdempotencyKeyException("No Idempotency-Key header");
        }
        String value = stripOptionalWhitespace(headerValue);
        if (value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"') {
            value = unquote(value.substring(1, value.length() - 1));
        }
        return new IdempotencyKey(value);
    }

    /**
     * The identity of the key's record: the key counts only for this user, method and path, so the same key
     * sent by another user or to another endpoint is a different key.
     */
    public String scopedId(String subject, String method, String path) {
        return Sha256.start().field("waishi-idempotency-key/1").field(subject).field(method).field(path).field(value)
                .hex();
    }

    /** A structured-field string's content: {@code \"} and {@code \\} are the only escapes. */
    private static String unquote(String quoted) {
        StringBuilder unquoted = new StringBuilder(quoted.length());
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c == '\\') {
                if (i + 1 == quoted.length() || (quoted.charAt(i + 1) != '"' && quoted.charAt(i + 1) != '\\')) {
                    throw new InvalidIdempotencyKeyException(
                            "The quoted Idempotency-Key has an invalid escape; only \\\" and \\\\ are allowed");
                }
                c = quoted.charAt(++i);
            } else if (c == '"') {
                throw new InvalidIdempotencyKeyException("The quoted Idempotency-Key has an unescaped quote");
            }
            unquoted.append(c);
        }
        return unquoted.toString();
    }

    private static String stripOptionalWhitespace(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }
}
