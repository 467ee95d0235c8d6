package io.waishi.travel.delegation;

/** A member's role in the delegation. */
public enum MemberRole {
    LEADER,
    MEMBER,
    INTERPRETER
}
