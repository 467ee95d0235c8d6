package io.waishi.sistercity.activity;

/**
 * Where an exchange activity came from: recorded by an officer, or from another service's file.
 *
 * @param kind MANUAL, TRAVEL_DELEGATION or RECEPTION_VISIT
 * @param id   the delegation or visit id, for the last two
 */
public record ActivityOrigin(Kind kind, String id) {

    public enum Kind { MANUAL, TRAVEL_DELEGATION, RECEPTION_VISIT }

    public ActivityOrigin {
        if (kind == null) {
            throw new IllegalArgumentException("An activity origin needs a kind");
        }
        if (kind != Kind.MANUAL && (id == null || id.isBlank())) {
            throw new IllegalArgumentException("An activity from another service needs that file's id");
        }
    }
}
