package io.waishi.travel.unit;

/** The business acts on a unit's record, as the office names them. */
public enum UnitAct {
    REGISTER("register a unit"),
    UPDATE("change a unit's particulars"),
    REGISTER_SIGNATORY("register a signatory of a unit"),
    REMOVE_SIGNATORY("remove a signatory of a unit"),
    REGISTER_CLERK("register a clerk of a unit"),
    REMOVE_CLERK("remove a clerk of a unit"),
    RAISE_QUOTA("raise a unit's annual trip quota");

    private final String description;

    UnitAct(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
