package io.waishi.travel.unit;

import java.time.Instant;

/**
 * A person registered with the office as signing for the unit (单位审核签字人): the unit's signature on a file
 * counts only when it is theirs.
 *
 * @param userId       the signatory's user id, the {@code sub} of their token
 * @param registeredBy who registered them at the office
 */
public record Signatory(String userId, String name, String post, Instant registeredAt, String registeredBy) {

    public Signatory {
        userId = Unit.requireText(userId, "A signatory needs a user id");
        name = Unit.requireText(name, "A signatory needs a name");
        post = Unit.requireText(post, "A signatory needs a post");
    }
}
