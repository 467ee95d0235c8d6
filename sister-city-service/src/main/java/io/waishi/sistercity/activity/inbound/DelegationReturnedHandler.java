package io.waishi.sistercity.activity.inbound;

import io.waishi.contracts.EventType;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.inbound.InboundEvent;
import io.waishi.platform.inbound.InboundEventHandler;
import io.waishi.sistercity.activity.ActivityOrigin;
import io.waishi.sistercity.activity.ActivityService;
import io.waishi.sistercity.activity.ExchangeActivity;
import io.waishi.sistercity.activity.ExchangeFacts;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * A delegation back from a partner city: its exchange was held, on the days it actually travelled. Never
 * having seen the approval, the exchange is recorded held at once.
 */
@Component
class DelegationReturnedHandler extends InboundEventHandler<DelegationReturnedHandler.DelegationReturned> {

    /** The fields of {@code waishi.travel.delegation.returned.v1} this service needs. */
    record DelegationReturned(String delegationId, LocalizedText title, String partnerCityId, LocalDate departedOn,
            LocalDate returnedOn) {
    }

    private final ActivityService activities;

    DelegationReturnedHandler(ActivityService activities) {
        super(EventType.DELEGATION_RETURNED, DelegationReturned.class);
        this.activities = activities;
    }

    @Override
    public void handle(InboundEvent<DelegationReturned> event) {
        DelegationReturned returned = event.data();
        activities.tookPlace(event.id(), new ExchangeFacts(
                new ActivityOrigin(ActivityOrigin.Kind.TRAVEL_DELEGATION, returned.delegationId()),
                ExchangeActivity.Direction.OUTBOUND, returned.partnerCityId(), returned.title(),
                returned.departedOn(), returned.returnedOn(), null, null), null);
    }
}
