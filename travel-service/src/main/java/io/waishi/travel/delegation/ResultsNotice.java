package io.waishi.travel.delegation;

import java.time.Instant;
import java.time.LocalDate;

/** The unit's publication, after the trip, of what the delegation did and spent (RULES.md §1, S4). */
public record ResultsNotice(LocalDate publishedOn, String where, String publishedBy, Instant recordedAt) {
}
