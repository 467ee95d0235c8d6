package io.waishi.reception.resource;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the office knows of an interpreter.
 *
 * @param name        as the office addresses them
 * @param languages   BCP 47 tags of the languages they interpret (besides Chinese), at least one
 * @param unavailable periods (office time) when they cannot be booked
 */
public record InterpreterProfile(String name, List<String> languages, List<Period> unavailable) {

    public InterpreterProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An interpreter needs a name");
        }
        name = name.strip();
        if (languages == null || languages.isEmpty()) {
            throw new IllegalArgumentException("An interpreter works in at least one language");
        }
        languages = List.copyOf(new LinkedHashSet<>(languages.stream().map(Languages::normalize).toList()));
        unavailable = unavailable == null ? List.of()
                : unavailable.stream().sorted(Comparator.comparing(Period::from)).toList();
    }
}
