package io.waishi.travel.unit;

/** A person who handles the unit's foreign-affairs files (外事联络员). */
public record Clerk(String userId, String name) {

    public Clerk {
        userId = Unit.requireText(userId, "A clerk needs a user id");
        name = Unit.requireText(name, "A clerk needs a name");
    }
}
