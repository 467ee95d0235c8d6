package io.waishi.travel.delegation;

import io.waishi.platform.domain.LocalizedText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The report after the trip (RULES.md §1, S33): what happened, the tasks done, passports and discipline,
 * the funds used, the follow-ups and at least MIN_REPORT_PHOTOS photos (by reference).
 */
public record TripReport(LocalizedText summary, String facts, List<String> tasksDone, String disciplineNote,
        BigDecimal fundsUsedYuan, List<String> followUps, List<String> photoRefs, String submittedBy,
        Instant submittedAt) {

    public TripReport {
        if (summary == null) {
            throw new IllegalArgumentException("A trip report needs a summary");
        }
        if (facts == null || facts.isBlank()) {
            throw new IllegalArgumentException("A trip report states what happened");
        }
        tasksDone = tasksDone == null ? List.of() : List.copyOf(tasksDone);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        photoRefs = photoRefs == null ? List.of() : List.copyOf(photoRefs);
    }
}
