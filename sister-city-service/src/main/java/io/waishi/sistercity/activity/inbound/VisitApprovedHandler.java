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

/** An approved visit of guests from a partner city plans an inbound exchange, its size the guest count. */
@Component
class VisitApprovedHandler extends InboundEventHandler<VisitApprovedHandler.VisitApproved> {

    /** The fields of {@code waishi.reception.visit.approved.v1} this service needs. */
    record VisitApproved(String visitId, LocalizedText title, String partnerCityId, LocalDate arrivalDate,
            LocalDate departureDate, Integer guestCount) {
    }

    private final ActivityService activities;

    VisitApprovedHandler(ActivityService activities) {
        super(EventType.VISIT_APPROVED, VisitApproved.class);
        this.activities = activities;
    }

    @Override
    public void handle(InboundEvent<VisitApproved> event) {
        VisitApproved visit = event.data();
        activities.planned(event.id(), new ExchangeFacts(
                new ActivityOrigin(ActivityOrigin.Kind.RECEPTION_VISIT, visit.visitId()),
                ExchangeActivity.Direction.INBOUND, visit.partnerCityId(), visit.title(), visit.arrivalDate(),
                visit.departureDate(), null, visit.guestCount()));
    }
}
