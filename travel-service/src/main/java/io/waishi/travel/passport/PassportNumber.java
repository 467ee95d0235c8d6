package io.waishi.travel.passport;

import java.util.regex.Pattern;

/**
 * The number printed in a passport: personal data. It is kept in the register and shown in full only to
 * the office's passport officers; everywhere else — lists, other roles, {@link #toString()} and so logs —
 * it is masked, and it never travels in events.
 */
public record PassportNumber(String value) {

    /** Upper-case letters and digits, 6 to 12 of them. */
    public static final String PATTERN = "[A-Z0-9]{6,12}";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);
    private static final int SHOWN_AT_EACH_END = 2;

    public PassportNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            // The message never repeats the value: it is personal data.
            throw new IllegalArgumentException("A passport number is 6 to 12 upper-case letters and digits");
        }
    }

    /** The first two and last two characters, stars between: {@code SE****78}. */
    public String masked() {
        int hidden = value.length() - 2 * SHOWN_AT_EACH_END;
        return value.substring(0, SHOWN_AT_EACH_END) + "*".repeat(hidden)
                + value.substring(value.length() - SHOWN_AT_EACH_END);
    }

    /** Masked, so a number that reaches a log by accident is still not disclosed. */
    @Override
    public String toString() {
        return masked();
    }
}
