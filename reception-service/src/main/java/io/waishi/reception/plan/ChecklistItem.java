package io.waishi.reception.plan;

import java.time.Instant;

/** One task of the checklist: who owns it and where it stands, with who last changed it. */
public record ChecklistItem(ChecklistTask task, String owner, ChecklistState state, String updatedBy,
        Instant updatedAt) {

    public ChecklistItem {
        if (task == null || state == null) {
            throw new IllegalArgumentException("A checklist item has its task and state");
        }
        owner = owner == null || owner.isBlank() ? null : owner.strip();
    }
}
