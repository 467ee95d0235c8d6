package io.waishi.publicity.item.inbound;

import io.waishi.contracts.EventType;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.inbound.InboundEvent;
import io.waishi.platform.inbound.InboundEventHandler;
import io.waishi.publicity.item.ItemKind;
import io.waishi.publicity.item.ItemLinks;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A submitted trip report suggests a news draft for an editor, pre-filled with the report's summary, countries
 * and dates, linked to the delegation (and the partner city visited, if any). Once per event.
 */
@Component
class TripReportSubmittedHandler extends InboundEventHandler<TripReportSubmittedHandler.TripReportSubmitted> {

    /** The fields of {@code waishi.travel.trip-report.submitted.v1} this service needs. */
    record TripReportSubmitted(String delegationId, String unit, LocalizedText title, String partnerCityId,
            List<String> destinationCountries, LocalDate departedOn, LocalDate returnedOn, LocalizedText summary) {
    }

    private final EventDrafts drafts;

    TripReportSubmittedHandler(EventDrafts drafts) {
        super(EventType.TRIP_REPORT_SUBMITTED, TripReportSubmitted.class);
        this.drafts = drafts;
    }

    @Override
    public void handle(InboundEvent<TripReportSubmitted> event) {
        TripReportSubmitted report = event.data();
        String countries = EventDrafts.countries(report.destinationCountries());
        LocalizedText title = LocalizedText.of("出访归来：" + report.title().zh(),
                "Back from abroad: " + report.title().enOrZh());
        LocalizedText summary = LocalizedText.of(
                report.unit() + "代表团于" + report.departedOn() + "至" + report.returnedOn() + "赴" + countries + "访问。"
                        + report.summary().zh(),
                "A delegation from " + report.unit() + " visited " + countries + " from " + report.departedOn()
                        + " to " + report.returnedOn() + ". " + report.summary().enOrZh());
        drafts.open(event, ItemKind.NEWS, title, summary,
                new ItemLinks(report.partnerCityId(), null, report.delegationId()));
    }
}
