package io.waishi.sistercity.care;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long a relationship has been quiet on a given day, judged by the dormancy policy.
 *
 * @param lastActivityOn the day the quiet period started: the end of the last exchange held with the
 *                       partner, or the signing when none was held since
 * @param months         whole months from {@code lastActivityOn} to today
 * @param atRisk         whether the relationship is at risk of dormancy today
 * @param atRiskSince    the first day it is (or will be) at risk: {@code lastActivityOn} + risk months + 1 day
 */
public record Quiet(LocalDate lastActivityOn, long months, boolean atRisk, LocalDate atRiskSince) {

    static Quiet of(LocalDate lastActivityOn, LocalDate today, int riskMonths) {
        LocalDate lastQuietDayNotAtRisk = lastActivityOn.plusMonths(riskMonths);
        long months = Math.max(0, ChronoUnit.MONTHS.between(lastActivityOn, today));
        return new Quiet(lastActivityOn, months, today.isAfter(lastQuietDayNotAtRisk),
                lastQuietDayNotAtRisk.plusDays(1));
    }
}
