package io.waishi.platform.inbound;

/** A record that can never be processed as it is: retrying is useless, it goes to the dead-letter topic. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
