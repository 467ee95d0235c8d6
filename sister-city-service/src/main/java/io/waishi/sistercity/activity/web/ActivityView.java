package io.waishi.sistercity.activity.web;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.sistercity.activity.ActivityAct;
import io.waishi.sistercity.activity.ActivityOrigin;
import io.waishi.sistercity.activity.ExchangeActivity;
import io.waishi.sistercity.relationship.CooperationField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An exchange activity as the API shows it, with the acts the caller may perform on it. */
public record ActivityView(String id, String partnerCityId, ExchangeActivity.Direction direction,
        ExchangeActivity.Status status, LocalizedText title, LocalDate startDate, LocalDate endDate,
        Integer delegationSize, CooperationField field, List<String> tags, LocalizedText outcome,
        ActivityOrigin origin, String recordedBy, Instant recordedAt, String cancellationReason,
        Instant cancelledAt, Set<ActivityAct> actions, long version) {

    /** Without a caller: no actions listed. */
    public static ActivityView of(ExchangeActivity activity) {
        return of(activity, Set.of());
    }

    public static ActivityView of(ExchangeActivity activity, Actor actor) {
        return of(activity, activity.actionsFor(actor));
    }

    private static ActivityView of(ExchangeActivity activity, Set<ActivityAct> actions) {
        return new ActivityView(activity.id(), activity.partnerCityId(), activity.direction(), activity.status(),
                activity.title(), activity.startDate(), activity.endDate(), activity.delegationSize(),
                activity.field(), activity.tags(), activity.outcome(), activity.origin(), activity.recordedBy(),
                activity.recordedAt(), activity.cancellationReason(), activity.cancelledAt(), actions,
                activity.version() == null ? 0 : activity.version());
    }
}
