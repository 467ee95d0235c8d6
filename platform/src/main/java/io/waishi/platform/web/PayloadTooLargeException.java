package io.waishi.platform.web;

/** The request body is larger than {@code waishi.http.max-body-size}. Answered with 413. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes");
    }
}
