package io.waishi.publicity.review;

import io.waishi.platform.domain.Role;

/**
 * The three reviews (三审) every publication passes, in order, each by its own role: the editor's first review
 * (初审), the section head's second (复审) and the leader's final review (终审). Nothing is published without the
 * final review (先审后发, RULES.md §4).
 */
public enum ReviewStep {
    FIRST_REVIEW(Role.PUBLICITY_EDITOR),
    SECOND_REVIEW(Role.PUBLICITY_SECTION_HEAD),
    FINAL_REVIEW(Role.PUBLICITY_LEADER);

    private final Role reviewer;

    ReviewStep(Role reviewer) {
        this.reviewer = reviewer;
    }

    /** The role that reviews at this step, and no other. */
    public Role reviewer() {
        return reviewer;
    }

    /** The step after this one, or null after the final review. */
    public ReviewStep next() {
        return this == FINAL_REVIEW ? null : values()[ordinal() + 1];
    }
}
