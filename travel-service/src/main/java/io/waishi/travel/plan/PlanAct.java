package io.waishi.travel.plan;

/** The business acts on a unit's annual plan, as the office names them. */
public enum PlanAct {
    DRAFT("draft the annual plan"),
    ADD_ITEM("add a trip to the annual plan"),
    CHANGE_ITEM("change a trip of the annual plan"),
    REMOVE_ITEM("remove a trip from the annual plan"),
    /** Add, change and remove trips in one go; the history records each of them. */
    REVISE_ITEMS("revise the trips of the annual plan"),
    SUBMIT("submit the annual plan"),
    APPROVE("approve the annual plan"),
    RETURN("return the annual plan for correction");

    private final String description;

    PlanAct(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
