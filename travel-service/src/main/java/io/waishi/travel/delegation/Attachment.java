package io.waishi.travel.delegation;

/**
 * A document of the file, held by reference in the office's document store (RULES.md §1, S5, S9, S8: the
 * filing form, the request letter, the member list, the invitation and its translation, the note on the
 * inviter, the budget note with the finance seal, the overseas schedule, the task-and-budget form).
 *
 * @param kind  what the document is
 * @param ref   where it is kept (a document id or URL of the office's store; never the content itself)
 * @param title how people know it
 */
public record Attachment(Kind kind, String ref, String title) {

    public enum Kind {
        FILING_FORM,
        REQUEST_LETTER,
        MEMBER_LIST,
        INVITATION,
        INVITATION_TRANSLATION,
        INVITER_NOTE,
        BUDGET_NOTE,
        OVERSEAS_SCHEDULE,
        TASK_AND_BUDGET_FORM,
        OTHER
    }

    public Attachment {
        if (kind == null || ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("An attachment names its kind and where it is kept");
        }
    }
}
