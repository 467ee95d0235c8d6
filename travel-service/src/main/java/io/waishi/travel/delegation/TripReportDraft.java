package io.waishi.travel.delegation;

import io.waishi.platform.domain.LocalizedText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A trip report as the unit writes it, before it is signed off with who submitted it and when. */
public record TripReportDraft(LocalizedText summary, String facts, List<String> tasksDone, String disciplineNote,
        BigDecimal fundsUsedYuan, List<String> followUps, List<String> photoRefs) {

    TripReport by(String userId, Instant at) {
        return new TripReport(summary, facts, tasksDone, disciplineNote, fundsUsedYuan, followUps, photoRefs, userId, at);
    }
}
