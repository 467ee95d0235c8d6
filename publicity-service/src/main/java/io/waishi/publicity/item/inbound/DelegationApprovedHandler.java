package io.waishi.publicity.item.inbound;

import io.waishi.contracts.EventType;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.inbound.InboundEvent;
import io.waishi.platform.inbound.InboundEventHandler;
import io.waishi.publicity.item.ContentItem;
import io.waishi.publicity.item.ContentItems;
import io.waishi.publicity.item.ItemKind;
import io.waishi.publicity.item.ItemLinks;
import io.waishi.publicity.item.ItemOrigin;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An approved delegation suggests a news draft for an editor, pre-filled with the trip's facts, once per
 * approval: the draft's id derives from the event id and is inserted.
 */
@Component
class DelegationApprovedHandler extends InboundEventHandler<DelegationApprovedHandler.DelegationApproved> {

    /** The fields of {@code waishi.travel.delegation.approved.v1} this service needs. */
    record DelegationApproved(String delegationId, String unit, LocalizedText title, List<String> destinationCountries,
            LocalDate departureDate, LocalDate returnDate, int memberCount) {
    }

    private final ContentItems items;
    private final Clock clock;

    DelegationApprovedHandler(ContentItems items, Clock clock) {
        super(EventType.DELEGATION_APPROVED, DelegationApproved.class);
        this.items = items;
        this.clock = clock;
    }

    @Override
    public void handle(InboundEvent<DelegationApproved> event) {
        DelegationApproved trip = event.data();
        String countries = String.join(", ", trip.destinationCountries());
        LocalizedText title = LocalizedText.of("出访团组获批：" + trip.title().zh(),
                "Delegation approved: " + trip.title().enOrZh());
        LocalizedText summary = LocalizedText.of(
                trip.unit() + "代表团一行" + trip.memberCount() + "人将于" + trip.departureDate() + "至"
                        + trip.returnDate() + "赴" + countries + "访问。",
                "A delegation of " + trip.memberCount() + " from " + trip.unit() + " will visit " + countries
                        + " from " + trip.departureDate() + " to " + trip.returnDate() + ".");
        items.insert(ContentItem.suggestedBy(event.derivedId("draft"),
                ItemOrigin.event(event.type().typeName(), event.id(), event.subject()), ItemKind.NEWS, title, summary,
                new ItemLinks(null, null, trip.delegationId()), clock.instant()));
    }
}
