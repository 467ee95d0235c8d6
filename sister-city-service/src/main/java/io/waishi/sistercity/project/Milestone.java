package io.waishi.sistercity.project;

import io.waishi.platform.domain.LocalizedText;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A milestone of a project (e.g. "feasibility study delivered"): open until it is reached, once, on a day,
 * or dropped with a reason. Completing the project needs every milestone reached or dropped.
 *
 * @param id         unique within the project ({@code m-1}, {@code m-2}, …)
 * @param dueDate    the day it is planned for, when there is one
 * @param reachedOn  the day it was reached; null while open or dropped
 * @param dropReason why it was dropped; null unless dropped
 */
public record Milestone(String id, LocalizedText title, LocalDate dueDate, LocalDate reachedOn, String dropReason) {

    public enum Status { OPEN, REACHED, DROPPED }

    public Milestone {
        Objects.requireNonNull(id, "id");
        if (title == null) {
            throw new IllegalArgumentException("A milestone needs a title");
        }
        if (reachedOn != null && dropReason != null) {
            throw new IllegalArgumentException("A milestone is either reached or dropped");
        }
    }

    static Milestone open(String id, LocalizedText title, LocalDate dueDate) {
        return new Milestone(id, title, dueDate, null, null);
    }

    public Status status() {
        if (reachedOn != null) {
            return Status.REACHED;
        }
        return dropReason != null ? Status.DROPPED : Status.OPEN;
    }

    /** Reached or dropped: nothing left to do for completion. */
    public boolean settled() {
        return status() != Status.OPEN;
    }

    Milestone edited(LocalizedText newTitle, LocalDate newDueDate) {
        return new Milestone(id, newTitle, newDueDate, reachedOn, dropReason);
    }

    Milestone reached(LocalDate day) {
        return new Milestone(id, title, dueDate, day, null);
    }

    Milestone dropped(String reason) {
        return new Milestone(id, title, dueDate, null, reason);
    }
}
