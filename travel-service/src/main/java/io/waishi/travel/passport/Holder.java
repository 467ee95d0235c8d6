package io.waishi.travel.passport;

import io.waishi.travel.delegation.RankLevel;
import java.util.regex.Pattern;

/**
 * The person a passport is issued to, as the office's staff register knows them.
 *
 * @param personId the office's identifier of the person (not an ID card number)
 * @param name     the holder's name: personal data, never in events or logs
 * @param unit     code of the unit the holder works for
 * @param rank     the holder's cadre rank, which decides the passport type
 */
public record Holder(String personId, String name, String unit, RankLevel rank) {

    public static final String PERSON_ID_PATTERN = "[A-Za-z0-9-]{1,40}";
    private static final Pattern PERSON_ID = Pattern.compile(PERSON_ID_PATTERN);

    public Holder {
        if (personId == null || !PERSON_ID.matcher(personId).matches()) {
            throw new IllegalArgumentException("A person id is 1 to 40 letters, digits or hyphens");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A passport holder needs a name");
        }
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("A passport holder needs a unit");
        }
        if (rank == null) {
            throw new IllegalArgumentException("A passport holder needs a rank (NONE when they have no cadre rank)");
        }
        name = name.strip();
    }

    /** Without the name, so a holder that reaches a log by accident discloses nothing personal. */
    @Override
    public String toString() {
        return "Holder[personId=" + personId + ", unit=" + unit + ", rank=" + rank + "]";
    }
}
