package io.waishi.platform.idempotency;

import java.time.Duration;
import java.time.Instant;

/**
 * What the service remembers of a key, in the collection {@value IdempotencyStore#COLLECTION}.
 *
 * @param id          SHA-256 of the user, method, path and key ({@link IdempotencyKey#scopedId}); unique, so of
 *                    two requests racing with one key only one can insert it
 * @param owner       the attempt that holds the key; only it may complete or release the record
 * @param method      the request's method, for operators
 * @param path        the request's path, for operators
 * @param fingerprint the request's {@link RequestFingerprint}
 * @param state       IN_PROGRESS while the first request runs, then COMPLETED with its response
 * @param response    the stored answer once COMPLETED
 * @param createdAt   when the attempt holding the key began
 * @param expiresAt   when the key is forgotten
 * @param completedAt when the response was stored
 */
public record IdempotencyRecord(
        String id,
        String owner,
        String method,
        String path,
        String fingerprint,
        State state,
        StoredResponse response,
        Instant createdAt,
        Instant expiresAt,
        Instant completedAt) {

    public enum State { IN_PROGRESS, COMPLETED }

    /** Forgotten: a request with the key is a new request. */
    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** Still in progress after the lease: whoever held it crashed or was cut off. */
    public boolean abandonedAt(Instant now, Duration lease) {
        return state == State.IN_PROGRESS && !createdAt.plus(lease).isAfter(now);
    }

    /**
     * The answer given to the first request, replayed byte for byte.
     *
     * @param status      the HTTP status
     * @param contentType the {@code Content-Type}, if any
     * @param location    the {@code Location}, if any
     * @param etag        the {@code ETag}, if any
     * @param body        the body as sent
     */
    public record StoredResponse(int status, String contentType, String location, String etag, byte[] body) {
    }
}
