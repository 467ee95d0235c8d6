package io.waishi.reception.plan;

/** Where a checklist task stands. */
public enum ChecklistState {
    OPEN, IN_PROGRESS, DONE, NOT_NEEDED;

    /** Whether something still has to be done. */
    public boolean pending() {
        return this == OPEN || this == IN_PROGRESS;
    }

    /** Whether someone must own the task in this state: work in progress and work done have an owner. */
    public boolean needsOwner() {
        return this == IN_PROGRESS || this == DONE;
    }
}
