package io.waishi.publicity.item.inbound;

import io.waishi.contracts.EventType;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.inbound.InboundEvent;
import io.waishi.platform.inbound.InboundEventHandler;
import io.waishi.publicity.item.ItemKind;
import io.waishi.publicity.item.ItemLinks;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * A round anniversary of a relationship coming up suggests a partner-city feature for an editor, with the
 * partner's name and the date, once per event (sister-city-service announces each anniversary once).
 */
@Component
class AnniversaryUpcomingHandler extends InboundEventHandler<AnniversaryUpcomingHandler.AnniversaryUpcoming> {

    /** The fields of {@code waishi.sister-city.relationship.anniversary-upcoming.v1} this service needs. */
    record AnniversaryUpcoming(String relationshipId, String partnerCityId, LocalizedText partnerCityName,
            String kind, LocalDate agreementDate, LocalDate anniversaryDate, Integer years) {
    }

    private final EventDrafts drafts;

    AnniversaryUpcomingHandler(EventDrafts drafts) {
        super(EventType.RELATIONSHIP_ANNIVERSARY_UPCOMING, AnniversaryUpcoming.class);
        this.drafts = drafts;
    }

    @Override
    public void handle(InboundEvent<AnniversaryUpcoming> event) {
        AnniversaryUpcoming anniversary = event.data();
        LocalizedText partner = anniversary.partnerCityName();
        LocalizedText title = LocalizedText.of("与" + partner.zh() + "结好" + anniversary.years() + "周年",
                anniversary.years() + " years of friendship with " + partner.enOrZh());
        LocalizedText summary = LocalizedText.of(
                anniversary.anniversaryDate() + "是我市与" + partner.zh() + "结为"
                        + EventDrafts.relationshipZh(anniversary.kind()) + anniversary.years() + "周年纪念日（协议签署于"
                        + anniversary.agreementDate() + "）。",
                anniversary.anniversaryDate() + " marks " + anniversary.years() + " years since the "
                        + EventDrafts.relationshipEn(anniversary.kind()) + " agreement with " + partner.enOrZh()
                        + " was signed on " + anniversary.agreementDate() + ".");
        drafts.open(event, ItemKind.PARTNER_CITY_FEATURE, title, summary,
                new ItemLinks(anniversary.partnerCityId(), null, null));
    }
}
