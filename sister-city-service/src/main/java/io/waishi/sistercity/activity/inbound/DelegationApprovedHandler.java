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
 * An approved delegation to a partner city plans an outbound exchange with that partner. The activity's id
 * derives from the delegation, so however often (and in whatever order) its events arrive, it is one activity.
 */
@Component
class DelegationApprovedHandler extends InboundEventHandler<DelegationApprovedHandler.DelegationApproved> {

    /** The fields of {@code waishi.travel.delegation.approved.v1} this service needs. */
    record DelegationApproved(String delegationId, LocalizedText title, String category, String partnerCityId,
            LocalDate departureDate, LocalDate returnDate, Integer memberCount) {
    }

    private final ActivityService activities;

    DelegationApprovedHandler(ActivityService activities) {
        super(EventType.DELEGATION_APPROVED, DelegationApproved.class);
        this.activities = activities;
    }

    @Override
    public void handle(InboundEvent<DelegationApproved> event) {
        DelegationApproved approved = event.data();
        activities.planned(event.id(), new ExchangeFacts(
                new ActivityOrigin(ActivityOrigin.Kind.TRAVEL_DELEGATION, approved.delegationId()),
                ExchangeActivity.Direction.OUTBOUND, approved.partnerCityId(), approved.title(),
                approved.departureDate(), approved.returnDate(), DelegationCategories.fieldOf(approved.category()),
                approved.memberCount()));
    }
}
