package io.waishi.travel.unit;

/** What kind of body a unit is (RULES.md §1); city-owned enterprises and universities take the simplified path. */
public enum UnitKind {
    GOVERNMENT_BUREAU(false),
    CITY_OWNED_ENTERPRISE(true),
    UNIVERSITY(true),
    OTHER(false);

    private final boolean simplifiedApprovalPath;

    UnitKind(boolean simplifiedApprovalPath) {
        this.simplifiedApprovalPath = simplifiedApprovalPath;
    }

    /** Whether files of this kind of unit take the simplified approval path (seed article, RULES.md §1). */
    public boolean simplifiedApprovalPath() {
        return simplifiedApprovalPath;
    }
}
