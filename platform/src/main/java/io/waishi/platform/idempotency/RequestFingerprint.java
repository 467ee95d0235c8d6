package io.waishi.platform.idempotency;

import java.util.Map;
import java.util.TreeMap;

/**
 * What makes two requests with the same key "the same request": the body and what changes its meaning
 * (query string, {@code Content-Type}, {@code If-Match}, {@code If-None-Match}), as a SHA-256 in hex. A retry
 * sends all of these unchanged; a request that changes any of them is a different request, and reusing the
 * key for it is refused.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(String queryString, String contentType, String ifMatch, String ifNoneMatch, byte[] body) {
        return Sha256.start()
                .field("waishi-request-fingerprint/1")
                .field(queryString)
                .field(contentType)
                .field(ifMatch)
                .field(ifNoneMatch)
                .field(body == null ? new byte[0] : body)
                .hex();
    }

    /**
     * A form's parameters as bytes to fingerprint: in name order, each value in the order sent, so the same
     * form sent again gives the same bytes however the container orders its map.
     */
    public static byte[] canonicalForm(Map<String, String[]> parameters) {
        Sha256 form = Sha256.start().field("form");
        for (Map.Entry<String, String[]> parameter : new TreeMap<>(parameters).entrySet()) {
            form.field(parameter.getKey());
            String[] values = parameter.getValue() == null ? new String[0] : parameter.getValue();
            form.field(Integer.toString(values.length));
            for (String value : values) {
                form.field(value);
            }
        }
        return form.hex().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
