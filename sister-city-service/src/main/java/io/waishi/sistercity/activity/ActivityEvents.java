package io.waishi.sistercity.activity;

import io.waishi.contracts.EventType;
import io.waishi.contracts.PublishedAs;
import io.waishi.platform.domain.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;

/** What happens to exchange activities, as partners and the other services learn it. */
public sealed interface ActivityEvents {

    @PublishedAs(EventType.ACTIVITY_RECORDED)
    record ActivityRecorded(String activityId, String partnerCityId, ExchangeActivity.Direction direction,
            ExchangeActivity.Status status, LocalizedText title, LocalDate startDate, LocalDate endDate,
            Integer delegationSize, ActivityOrigin origin, Instant recordedAt) implements ActivityEvents {
    }
}
