package io.waishi.travel.passport;

/** What happens to a passport in the register, as the passport office names it. */
public enum PassportAct {
    REGISTER("register an official passport"),
    LEND("lend the passport for a trip"),
    RETURN("return the passport to custody"),
    RECALL("recall the passport earlier"),
    ALERT_OVERDUE("alert that the passport is overdue"),
    CANCEL("cancel the passport");

    private final String description;

    PassportAct(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
