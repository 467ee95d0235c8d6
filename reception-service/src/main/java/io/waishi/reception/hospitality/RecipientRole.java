package io.waishi.reception.hospitality;

/**
 * Who in the delegation a gift goes to (RULES.md §3, S18b): the head of delegation, and where needed the
 * spouse and key members; anyone else gets no gift.
 */
public enum RecipientRole {
    HEAD_OF_DELEGATION,
    SPOUSE,
    KEY_MEMBER,
    OTHER;

    /** Whether a gift may go to a guest in this role. */
    public boolean mayReceiveGift() {
        return this != OTHER;
    }
}
