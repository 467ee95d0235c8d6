package io.waishi.sistercity.relationship;

/** Who signed a letter of intent or an agreement, for which side, in which office. */
public record Signatory(Side side, String name, String title) {

    public enum Side { OUR_CITY, PARTNER_CITY }

    public Signatory {
        if (side == null) {
            throw new IllegalArgumentException("A signatory signs for one side");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A signatory needs a name");
        }
        name = name.strip();
        title = title == null || title.isBlank() ? null : title.strip();
    }
}
