package io.waishi.travel.delegation;

/**
 * A person travelling with the delegation. Personal data: kept in the file, never in events or logs.
 *
 * @param name     the member's name
 * @param unit     the member's own unit (members may come from several units)
 * @param post     the member's post in their unit
 * @param rank     cadre rank, which decides the approving level
 * @param role     leader, member or interpreter
 * @param unitHead whether the member is a principal leader of their unit (two of one unit may not travel together)
 * @param personId the office's identifier of the person, which their official passport is registered under
 */
public record Member(String name, String unit, String post, RankLevel rank, MemberRole role, boolean unitHead,
        String personId) {

    public Member {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A member needs a name");
        }
        if (post == null || post.isBlank()) {
            throw new IllegalArgumentException("A member needs a post");
        }
        rank = rank == null ? RankLevel.NONE : rank;
        role = role == null ? MemberRole.MEMBER : role;
    }

    /** A member known only by name and post, e.g. while the file is being drafted. */
    public Member(String name, String post) {
        this(name, null, post, null, null, false, null);
    }
}
