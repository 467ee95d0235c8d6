package io.waishi.travel.delegation;

/**
 * A person travelling with the delegation. Personal data: kept in the file, never in events or logs.
 *
 * @param name the member's name
 * @param post the member's post in their unit
 */
public record Member(String name, String post) {

    public Member {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A member needs a name");
        }
        if (post == null || post.isBlank()) {
            throw new IllegalArgumentException("A member needs a post");
        }
    }
}
