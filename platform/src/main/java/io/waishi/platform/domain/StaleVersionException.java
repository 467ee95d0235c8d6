package io.waishi.platform.domain;

/** The client acted on a version of the object that is no longer current. Answered with 412. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(long expected, long current) {
        super("The object is at version " + current + ", not " + expected + "; reload it and try again");
    }

    /** Refuses the act when the client named a version ({@code expected} not null) that is not current. */
    public static void requireCurrent(Long expected, Long current) {
        long actual = current == null ? 0 : current;
        if (expected != null && expected != actual) {
            throw new StaleVersionException(expected, actual);
        }
    }
}
