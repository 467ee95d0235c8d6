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

/** A trip report's summary is what the exchange achieved; a trip still planned here is held by it. */
@Component
class TripReportSubmittedHandler extends InboundEventHandler<TripReportSubmittedHandler.TripReportSubmitted> {

    /** The fields of {@code waishi.travel.trip-report.submitted.v1} this service needs. */
    record TripReportSubmitted(String delegationId, LocalizedText title, String category, String partnerCityId,
            LocalDate departedOn, LocalDate returnedOn, LocalizedText summary) {
    }

    private final ActivityService activities;

    TripReportSubmittedHandler(ActivityService activities) {
        super(EventType.TRIP_REPORT_SUBMITTED, TripReportSubmitted.class);
        this.activities = activities;
    }

    @Override
    public void handle(InboundEvent<TripReportSubmitted> event) {
        TripReportSubmitted report = event.data();
        activities.tookPlace(event.id(), new ExchangeFacts(
                new ActivityOrigin(ActivityOrigin.Kind.TRAVEL_DELEGATION, report.delegationId()),
                ExchangeActivity.Direction.OUTBOUND, report.partnerCityId(), report.title(), report.departedOn(),
                report.returnedOn(), DelegationCategories.fieldOf(report.category()), null), report.summary());
    }
}
