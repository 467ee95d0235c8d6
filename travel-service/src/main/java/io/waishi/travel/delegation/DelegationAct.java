package io.waishi.travel.delegation;

/** The business acts on a delegation file, as the office names them. */
public enum DelegationAct {
    REVISE("revise the draft"),
    WAIVE("waive a travel rule for the delegation"),
    SUBMIT("submit the delegation"),
    APPROVE("approve the delegation");

    private final String description;

    DelegationAct(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
