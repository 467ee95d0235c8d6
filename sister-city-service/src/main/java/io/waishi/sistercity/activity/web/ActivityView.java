package io.waishi.sistercity.activity.web;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.sistercity.activity.ActivityOrigin;
import io.waishi.sistercity.activity.ExchangeActivity;
import java.time.Instant;
import java.time.LocalDate;

/** An exchange activity as the API shows it. */
public record ActivityView(String id, String partnerCityId, ExchangeActivity.Direction direction,
        ExchangeActivity.Status status, LocalizedText title, LocalDate startDate, LocalDate endDate,
        Integer delegationSize, ActivityOrigin origin, Instant recordedAt) {

    public static ActivityView of(ExchangeActivity activity) {
        return new ActivityView(activity.id(), activity.partnerCityId(), activity.direction(), activity.status(),
                activity.title(), activity.startDate(), activity.endDate(), activity.delegationSize(),
                activity.origin(), activity.recordedAt());
    }
}
