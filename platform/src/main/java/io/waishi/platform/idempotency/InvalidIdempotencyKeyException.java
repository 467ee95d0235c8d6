package io.waishi.platform.idempotency;

/** The {@code Idempotency-Key} header is missing a usable value. Answered with 400. */
public class InvalidIdempotencyKeyException extends RuntimeException {

    public InvalidIdempotencyKeyException(String message) {
        super(message);
    }
}
