package io.waishi.sistercity.care;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The relationship-care policy and how often it is applied, under {@code waishi.sister-city}. Every number
 * is a policy parameter; all must be positive, or the service refuses to start.
 *
 * @param dormancyRiskMonths    months without a held exchange after which a relationship in force is at
 *                              risk of dormancy (default 24)
 * @param anniversaryLeadMonths how many months before a round anniversary it is announced (default 6)
 * @param anniversaryEveryYears which anniversaries are celebrated: multiples of this many years (default 10)
 * @param careSweepInterval     how often relationships are checked (default PT1H); also once at start
 */
@ConfigurationProperties("waishi.sister-city")
public record RelationshipCareProperties(Integer dormancyRiskMonths, Integer anniversaryLeadMonths,
        Integer anniversaryEveryYears, Duration careSweepInterval) {

    public RelationshipCareProperties {
        dormancyRiskMonths = dormancyRiskMonths == null ? 24 : dormancyRiskMonths;
        anniversaryLeadMonths = anniversaryLeadMonths == null ? 6 : anniversaryLeadMonths;
        anniversaryEveryYears = anniversaryEveryYears == null ? 10 : anniversaryEveryYears;
        careSweepInterval = careSweepInterval == null ? Duration.ofHours(1) : careSweepInterval;
        if (careSweepInterval.isNegative() || careSweepInterval.isZero()) {
            throw new IllegalArgumentException("waishi.sister-city.care-sweep-interval must be positive");
        }
        new CarePolicy(dormancyRiskMonths, anniversaryLeadMonths, anniversaryEveryYears); // checks each is positive
    }

    public CarePolicy policy() {
        return new CarePolicy(dormancyRiskMonths, anniversaryLeadMonths, anniversaryEveryYears);
    }
}
