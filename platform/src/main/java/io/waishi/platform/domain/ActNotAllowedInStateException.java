package io.waishi.platform.domain;

/** The aggregate's current state does not allow this act. Answered with 409. */
public class ActNotAllowedInStateException extends RuntimeException {

    private final String act;
    private final String state;

    public ActNotAllowedInStateException(String act, String state) {
        super("Cannot " + act + " while " + state);
        this.act = act;
        this.state = state;
    }

    public String act() {
        return act;
    }

    public String state() {
        return state;
    }
}
