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
 * A completed visit suggests a draft for an editor, pre-filled with the visit's summary, dates and guests: a
 * partner-city feature when the guests came from a partner city, news otherwise. Once per event.
 */
@Component
class VisitCompletedHandler extends InboundEventHandler<VisitCompletedHandler.VisitCompleted> {

    /** The fields of {@code waishi.reception.visit.completed.v1} this service needs. */
    record VisitCompleted(String visitId, LocalizedText title, String partnerCityId, List<String> countries,
            LocalDate arrivalDate, LocalDate departureDate, Integer guestCount, LocalizedText summary) {
    }

    private final EventDrafts drafts;

    VisitCompletedHandler(EventDrafts drafts) {
        super(EventType.VISIT_COMPLETED, VisitCompleted.class);
        this.drafts = drafts;
    }

    @Override
    public void handle(InboundEvent<VisitCompleted> event) {
        VisitCompleted visit = event.data();
        String countries = EventDrafts.countries(visit.countries());
        String guests = visit.guestCount() == null ? "" : String.valueOf(visit.guestCount());
        LocalizedText title = LocalizedText.of("外宾来访：" + visit.title().zh(), "Visit: " + visit.title().enOrZh());
        LocalizedText summary = LocalizedText.of(
                visit.summary().zh() + "（" + visit.arrivalDate() + "至" + visit.departureDate() + "，来自" + countries
                        + "的外宾" + guests + "人）",
                visit.summary().enOrZh() + " (" + guests + " guests from " + countries + ", " + visit.arrivalDate()
                        + " to " + visit.departureDate() + ".)");
        ItemKind kind = visit.partnerCityId() == null || visit.partnerCityId().isBlank() ? ItemKind.NEWS
                : ItemKind.PARTNER_CITY_FEATURE;
        drafts.open(event, kind, title, summary, new ItemLinks(visit.partnerCityId(), visit.visitId(), null));
    }
}
