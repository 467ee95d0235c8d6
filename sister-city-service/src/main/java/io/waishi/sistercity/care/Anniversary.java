package io.waishi.sistercity.care;

import java.time.LocalDate;

/**
 * A round anniversary of a relationship's agreement: {@code years} after the signing, on {@code date}.
 *
 * @param years a multiple of {@code waishi.sister-city.anniversary-every-years}
 * @param date  the agreement date plus {@code years}, with {@link LocalDate#plusYears} semantics: an
 *              agreement of 29 February has its anniversaries on 28 February in common years
 */
public record Anniversary(int years, LocalDate date) {

    public Anniversary {
        if (years <= 0 || date == null) {
            throw new IllegalArgumentException("An anniversary needs its day and a positive number of years");
        }
    }
}
