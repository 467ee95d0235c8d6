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

/** A completed visit: its inbound exchange was held, the visit's summary its outcome. */
@Component
class VisitCompletedHandler extends InboundEventHandler<VisitCompletedHandler.VisitCompleted> {

    /** The fields of {@code waishi.reception.visit.completed.v1} this service needs. */
    record VisitCompleted(String visitId, LocalizedText title, String partnerCityId, LocalDate arrivalDate,
            LocalDate departureDate, Integer guestCount, LocalizedText summary) {
    }

    private final ActivityService activities;

    VisitCompletedHandler(ActivityService activities) {
        super(EventType.VISIT_COMPLETED, VisitCompleted.class);
        this.activities = activities;
    }

    @Override
    public void handle(InboundEvent<VisitCompleted> event) {
        VisitCompleted visit = event.data();
        activities.tookPlace(event.id(), new ExchangeFacts(
                new ActivityOrigin(ActivityOrigin.Kind.RECEPTION_VISIT, visit.visitId()),
                ExchangeActivity.Direction.INBOUND, visit.partnerCityId(), visit.title(), visit.arrivalDate(),
                visit.departureDate(), null, visit.guestCount()), visit.summary());
    }
}
