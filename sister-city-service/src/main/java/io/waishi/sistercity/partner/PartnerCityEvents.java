package io.waishi.sistercity.partner;

import io.waishi.contracts.EventType;
import io.waishi.contracts.PublishedAs;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What happens to a partner city, as partners and the other services learn it. */
public sealed interface PartnerCityEvents {

    @PublishedAs(EventType.PARTNER_CITY_REGISTERED)
    record PartnerCityRegistered(String partnerCityId, Map<String, String> name, String country, Instant registeredAt)
            implements PartnerCityEvents {

        static PartnerCityRegistered of(String id, PartnerCityNames names, String country, Instant at) {
            Map<String, String> name = new LinkedHashMap<>();
            name.put("zh", names.zh());
            name.put("en", names.en());
            if (names.local() != null) {
                name.put("local", names.local());
            }
            return new PartnerCityRegistered(id, name, country, at);
        }
    }
}
