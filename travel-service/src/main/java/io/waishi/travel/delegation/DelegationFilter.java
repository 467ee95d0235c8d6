package io.waishi.travel.delegation;

import java.time.LocalDate;
import java.util.List;

/**
 * What staff search files by. Every field is optional; all given fields must match.
 *
 * @param statuses      any of these states
 * @param country       a destination country (ISO code)
 * @param departureFrom departing on or after
 * @param departureTo   departing on or before
 * @param overdue       only files with a deadline missed and still open
 * @param greenChannel  only green-channel files (or only the others)
 */
public record DelegationFilter(List<DelegationStatus> statuses, String unit, String country,
        DelegationCategory category, LocalDate departureFrom, LocalDate departureTo, Boolean overdue,
        Boolean greenChannel) {

    public DelegationFilter {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }

    public static DelegationFilter all() {
        return new DelegationFilter(List.of(), null, null, null, null, null, null, null);
    }

    /** The same filter narrowed to one unit, whatever unit it named. */
    public DelegationFilter onlyUnit(String onlyUnit) {
        return new DelegationFilter(statuses, onlyUnit, country, category, departureFrom, departureTo, overdue,
                greenChannel);
    }
}
