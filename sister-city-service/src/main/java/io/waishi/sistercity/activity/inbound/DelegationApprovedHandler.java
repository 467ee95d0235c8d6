package io.waishi.sistercity.activity.inbound;

import io.waishi.contracts.EventType;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.inbound.InboundEvent;
import io.waishi.platform.inbound.InboundEventHandler;
import io.waishi.sistercity.activity.ExchangeActivities;
import io.waishi.sistercity.activity.ExchangeActivity;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * An approved delegation to a partner city plans an outbound exchange with that partner. The activity's
 * id derives from the event id and is inserted, so a redelivered approval is refused by the unique id.
 */
@Component
class DelegationApprovedHandler extends InboundEventHandler<DelegationApprovedHandler.DelegationApproved> {

    /** The fields of {@code waishi.travel.delegation.approved.v1} this service needs. */
    record DelegationApproved(String delegationId, LocalizedText title, String partnerCityId, LocalDate departureDate,
            LocalDate returnDate, int memberCount) {
    }

    private final ExchangeActivities activities;
    private final Clock clock;

    DelegationApprovedHandler(ExchangeActivities activities, Clock clock) {
        super(EventType.DELEGATION_APPROVED, DelegationApproved.class);
        this.activities = activities;
        this.clock = clock;
    }

    @Override
    public void handle(InboundEvent<DelegationApproved> event) {
        DelegationApproved approved = event.data();
        if (approved.partnerCityId() == null) {
            return; // a trip that visits no partner city is no exchange with one
        }
        activities.insert(ExchangeActivity.planOutbound(event.derivedId("planned-activity"), approved.partnerCityId(),
                approved.delegationId(), approved.title(), approved.departureDate(), approved.returnDate(),
                approved.memberCount(), clock.instant()));
    }
}
