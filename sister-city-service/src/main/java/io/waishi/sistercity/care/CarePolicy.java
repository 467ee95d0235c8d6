package io.waishi.sistercity.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The office's policy for keeping relationships alive, every number a policy parameter (RULES.md §2).
 *
 * <p><b>Dormancy risk.</b> A relationship in force is quiet since the later of the end of the last exchange
 * held with its partner and the signing of its agreement (or of its letter of intent, when it has no
 * agreement). It is at risk of dormancy once more than {@code dormancyRiskMonths} have passed: on the day
 * exactly {@code dormancyRiskMonths} after the last activity it is not yet at risk, on the next day it is
 * ({@link LocalDate#plusMonths} semantics, so 31 August + 6 months is 28/29 February).
 *
 * <p><b>Round anniversaries.</b> Only multiples of {@code anniversaryEveryYears} years after the agreement
 * (not the letter of intent) count: with the default 10, the 10th, 20th, 30th… anniversaries; 5 or 15 never.
 * An anniversary is announceable from the day exactly {@code anniversaryLeadMonths} before it up to and
 * including the day itself; after the day it is past and never announced late (e.g. when the service starts
 * after it).
 *
 * @param dormancyRiskMonths    months without activity after which a relationship is at risk (default 24)
 * @param anniversaryLeadMonths how long before an anniversary it is announced (default 6)
 * @param anniversaryEveryYears which anniversaries are celebrated: the multiples of this (default 10)
 */
public record CarePolicy(int dormancyRiskMonths, int anniversaryLeadMonths, int anniversaryEveryYears) {

    public CarePolicy {
        requirePositive("dormancy-risk-months", dormancyRiskMonths);
        requirePositive("anniversary-lead-months", anniversaryLeadMonths);
        requirePositive("anniversary-every-years", anniversaryEveryYears);
    }

    public static CarePolicy defaults() {
        return new CarePolicy(24, 6, 10);
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException("waishi.sister-city." + name + " must be positive, not " + value);
        }
    }

    /**
     * The day a relationship's quiet period started: the later of the last held exchange's end and the
     * signing (agreement, else letter of intent).
     */
    public static LocalDate lastActivityOn(LocalDate signedOn, Optional<LocalDate> lastExchangeEnded) {
        return lastExchangeEnded.filter(ended -> ended.isAfter(signedOn)).orElse(signedOn);
    }

    /** How quiet the relationship is today, and whether it is at risk of dormancy. */
    public Quiet quiet(LocalDate lastActivityOn, LocalDate today) {
        return Quiet.of(lastActivityOn, today, dormancyRiskMonths);
    }

    /** The round anniversary to announce today, if one falls within the lead time (the day itself included). */
    public Optional<Anniversary> anniversaryToAnnounce(LocalDate agreementDate, LocalDate today) {
        List<Anniversary> upcoming = anniversariesWithin(agreementDate, today, anniversaryLeadMonths);
        return upcoming.isEmpty() ? Optional.empty() : Optional.of(upcoming.get(0));
    }

    /**
     * The round anniversaries from today (included) whose day is at most {@code months} months ahead, i.e.
     * {@code anniversary - months <= today <= anniversary}, soonest first.
     */
    public List<Anniversary> anniversariesWithin(LocalDate agreementDate, LocalDate today, int months) {
        List<Anniversary> found = new ArrayList<>();
        for (int years = anniversaryEveryYears; ; years += anniversaryEveryYears) {
            LocalDate day = agreementDate.plusYears(years);
            if (day.isBefore(today)) {
                continue;
            }
            if (day.minusMonths(months).isAfter(today)) {
                return found;
            }
            found.add(new Anniversary(years, day));
        }
    }
}
