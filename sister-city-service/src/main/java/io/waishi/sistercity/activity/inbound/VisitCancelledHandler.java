package io.waishi.sistercity.activity.inbound;

import io.waishi.contracts.EventType;
import io.waishi.platform.inbound.InboundEvent;
import io.waishi.platform.inbound.InboundEventHandler;
import io.waishi.sistercity.activity.ActivityOrigin;
import io.waishi.sistercity.activity.ActivityService;
import org.springframework.stereotype.Component;

/** A cancelled visit cancels the inbound exchange it planned, with reception's reason. */
@Component
class VisitCancelledHandler extends InboundEventHandler<VisitCancelledHandler.VisitCancelled> {

    /** The fields of {@code waishi.reception.visit.cancelled.v1} this service needs. */
    record VisitCancelled(String visitId, String reason) {
    }

    private final ActivityService activities;

    VisitCancelledHandler(ActivityService activities) {
        super(EventType.VISIT_CANCELLED, VisitCancelled.class);
        this.activities = activities;
    }

    @Override
    public void handle(InboundEvent<VisitCancelled> event) {
        activities.calledOff(event.id(), new ActivityOrigin(ActivityOrigin.Kind.RECEPTION_VISIT,
                event.data().visitId()), event.data().reason());
    }
}
