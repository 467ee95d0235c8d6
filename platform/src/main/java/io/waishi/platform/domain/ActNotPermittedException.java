package io.waishi.platform.domain;

/** The actor may not perform this act (role, unit or separation of duties). Answered with 403. */
public class ActNotPermittedException extends RuntimeException {

    private final String act;

    public ActNotPermittedException(String act, String reason) {
        super("Not permitted to " + act + ": " + reason);
        this.act = act;
    }

    public String act() {
        return act;
    }
}
