package io.waishi.travel.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One value of a parameter, in force from a date until the next value's date.
 *
 * @param source where the value comes from (a regulation, a decision of the office)
 * @param setBy  who entered it
 */
public record PolicyValue(BigDecimal value, LocalDate effectiveFrom, String source, String setBy, Instant setAt) {

    public PolicyValue {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException("A policy value must be zero or more");
        }
        if (effectiveFrom == null) {
            throw new IllegalArgumentException("A policy value needs the date it takes effect");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("A policy value needs its source");
        }
    }
}
