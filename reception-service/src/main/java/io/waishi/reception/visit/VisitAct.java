package io.waishi.reception.visit;

/**
 * The business acts on a visit, as the office names them. {@link #REQUEST} opens the file, so no state
 * allows it; the acts of the approval workflow (invitation approved, plan approved, …) join this list with
 * the states that allow them in {@link VisitStatus}.
 */
public enum VisitAct {
    REQUEST("request a visit");

    private final String description;

    VisitAct(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
