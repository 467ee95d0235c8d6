package io.waishi.travel.calendar;

import java.time.LocalDate;

/** A public holiday (法定节假日) on which the office does not work. */
public record Holiday(LocalDate date, String name) {

    public Holiday {
        if (date == null) {
            throw new IllegalArgumentException("A holiday needs a date");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A holiday needs a name");
        }
    }
}
