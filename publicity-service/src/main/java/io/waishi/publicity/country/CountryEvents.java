package io.waishi.publicity.country;

import io.waishi.contracts.EventType;
import io.waishi.contracts.PublishedAs;
import io.waishi.platform.domain.LocalizedText;
import java.time.Instant;

/** What happens to country profiles, as partners and the other services learn it. */
public sealed interface CountryEvents {

    /**
     * A country's safety alert level changed; published at once, whatever the review of the profile's text.
     *
     * @param previousLevel absent for a country's first level
     */
    @PublishedAs(EventType.COUNTRY_ALERT_LEVEL_CHANGED)
    record CountryAlertLevelChanged(String countryCode, LocalizedText countryName, Integer previousLevel, int level,
            LocalizedText summary, Instant effectiveFrom, Instant changedAt) implements CountryEvents {
    }
}
