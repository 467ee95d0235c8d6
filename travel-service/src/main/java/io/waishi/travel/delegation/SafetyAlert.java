package io.waishi.travel.delegation;

import java.time.Instant;

/**
 * A country's safety alert level as the office's publicity service announced it (1 take care … 4 do
 * not travel), kept on the trips it concerns.
 *
 * @param eventId the announcing event, so a redelivered announcement is kept once
 */
public record SafetyAlert(String eventId, String countryCode, int level, Integer previousLevel, Instant changedAt) {

    /** Level of "travel with caution" (谨慎前往) and above: the trip's people must be warned. */
    public static final int WARNING_LEVEL = 3;

    public boolean warrantsWarning() {
        return level >= WARNING_LEVEL;
    }
}
