package io.waishi.publicity.item;

/**
 * The states of a content item. The three reviews (editor → section head → leader), publishing,
 * correction and retraction extend this table in the publicity issue.
 */
public enum ItemStatus {
    DRAFT
}
