package io.waishi.sistercity.activity.inbound;

import io.waishi.contracts.EventType;
import io.waishi.platform.inbound.InboundEvent;
import io.waishi.platform.inbound.InboundEventHandler;
import io.waishi.sistercity.activity.ActivityOrigin;
import io.waishi.sistercity.activity.ActivityService;
import org.springframework.stereotype.Component;

/** A cancelled delegation cancels the exchange it planned, with travel's reason. */
@Component
class DelegationCancelledHandler extends InboundEventHandler<DelegationCancelledHandler.DelegationCancelled> {

    /** The fields of {@code waishi.travel.delegation.cancelled.v1} this service needs. */
    record DelegationCancelled(String delegationId, String reason) {
    }

    private final ActivityService activities;

    DelegationCancelledHandler(ActivityService activities) {
        super(EventType.DELEGATION_CANCELLED, DelegationCancelled.class);
        this.activities = activities;
    }

    @Override
    public void handle(InboundEvent<DelegationCancelled> event) {
        activities.calledOff(event.id(),
                new ActivityOrigin(ActivityOrigin.Kind.TRAVEL_DELEGATION, event.data().delegationId()),
                event.data().reason());
    }
}
