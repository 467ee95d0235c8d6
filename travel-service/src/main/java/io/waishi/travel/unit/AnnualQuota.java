package io.waishi.travel.unit;

/**
 * How many trips a unit may send in a year, and why: the policy default, or a director's raise for that year.
 *
 * @param trips          the quota in force for the year
 * @param source         where the number comes from
 * @param defaultQuota   the value of {@code DEFAULT_UNIT_ANNUAL_QUOTA} that applies to the year
 * @param policySource   the source of that default value
 * @param raise          the raise for the year, when {@code source} is {@link Source#RAISED}
 */
public record AnnualQuota(String unit, int year, int trips, Source source, int defaultQuota, String policySource,
        QuotaRaise raise) {

    /** Where a unit's quota for a year comes from. */
    public enum Source {
        /** The policy parameter of that name, as in force for the year. */
        DEFAULT_UNIT_ANNUAL_QUOTA,
        /** A director's raise for that year. */
        RAISED
    }

    public boolean raised() {
        return source == Source.RAISED;
    }
}
