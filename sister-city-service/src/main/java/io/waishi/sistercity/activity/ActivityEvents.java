package io.waishi.sistercity.activity;

import io.waishi.contracts.EventType;
import io.waishi.contracts.PublishedAs;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.sistercity.relationship.CooperationField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What happens to exchange activities, as partners and the other services learn it. */
public sealed interface ActivityEvents {

    /**
     * An activity recorded as planned or as held; published again, with the same activity id, when a planned
     * activity is held.
     *
     * @param field the cooperation field, or null while unknown
     */
    @PublishedAs(EventType.ACTIVITY_RECORDED)
    record ActivityRecorded(String activityId, String partnerCityId, ExchangeActivity.Direction direction,
            ExchangeActivity.Status status, LocalizedText title, LocalDate startDate, LocalDate endDate,
            Integer delegationSize, CooperationField field, List<String> tags, LocalizedText outcome,
            ActivityOrigin origin, Instant recordedAt) implements ActivityEvents {

        static ActivityRecorded of(ExchangeActivity activity, Instant now) {
            return new ActivityRecorded(activity.id(), activity.partnerCityId(), activity.direction(),
                    activity.status(), activity.title(), activity.startDate(), activity.endDate(),
                    activity.delegationSize(), activity.field(), activity.tags(), activity.outcome(),
                    activity.origin(), now);
        }
    }

    /** A planned activity will not take place. */
    @PublishedAs(EventType.ACTIVITY_CANCELLED)
    record ActivityCancelled(String activityId, String partnerCityId, ActivityOrigin origin, String reason,
            Instant cancelledAt) implements ActivityEvents {
    }
}
