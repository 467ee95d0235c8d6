package io.waishi.sistercity.project;

import io.waishi.platform.domain.LocalizedText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One measured outcome of a project, recorded and updated under its key: "investment signed
 * 12,000,000 yuan" is {@code investment-signed}, 12000000, {@code yuan}; "students exchanged 40 people" is
 * {@code students-exchanged}, 40, {@code people}. Reports sum figures with the same key and unit.
 *
 * @param key    stable, lower-case words joined by hyphens, unique within the project
 * @param label  what the figure counts, for people
 * @param value  a non-negative amount
 * @param unit   e.g. {@code yuan}, {@code people}, {@code hectares}
 */
public record OutcomeFigure(String key, LocalizedText label, BigDecimal value, String unit, String recordedBy,
        Instant recordedAt) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern UNIT = Pattern.compile("[\\p{L}\\p{N} ./%-]{1,30}");

    public OutcomeFigure {
        if (key == null || key.length() > 60 || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A figure's key is lower-case words joined by hyphens, e.g. "
                    + "investment-signed; got " + key);
        }
        if (label == null) {
            throw new IllegalArgumentException("A figure needs a label");
        }
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException("A figure's value is a non-negative number; got " + value);
        }
        if (unit == null || !UNIT.matcher(unit.strip()).matches()) {
            throw new IllegalArgumentException("A figure needs its unit, e.g. yuan, people, hectares; got " + unit);
        }
        unit = unit.strip();
        value = value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
