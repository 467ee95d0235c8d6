package io.waishi.sistercity.demo;

import io.waishi.platform.demo.DemoDataSet;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import io.waishi.sistercity.partner.AdministrativeLevel;
import io.waishi.sistercity.partner.PartnerCities;
import io.waishi.sistercity.partner.PartnerCity;
import io.waishi.sistercity.partner.PartnerCityNames;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The seed city's real partners (RULES.md §2): Yorba Linda, USA (agreement of 23 October 2015) and
 * Bonghwa County, Korea (sister city since June 1997). Fixed ids, so other services' demo data can
 * refer to them and a second start adds nothing.
 */
@Component
class SisterCityDemoData implements DemoDataSet {

    static final String YORBA_LINDA = "5b1f0d3e-2c4a-4f7e-9a61-0c2d3e4f5a01";
    static final String BONGHWA = "5b1f0d3e-2c4a-4f7e-9a61-0c2d3e4f5a02";

    private static final Actor LOADER = Actor.of("demo-data", null, Role.SISTER_CITY_OFFICER);

    private final PartnerCities partnerCities;
    private final Clock clock;

    SisterCityDemoData(PartnerCities partnerCities, Clock clock) {
        this.partnerCities = partnerCities;
        this.clock = clock;
    }

    @Override
    public void load() {
        registerOnce(YORBA_LINDA, new PartnerCityNames("约巴林达市", "Yorba Linda", "Yorba Linda"), "US", "California",
                AdministrativeLevel.PREFECTURE_CITY);
        registerOnce(BONGHWA, new PartnerCityNames("奉化郡", "Bonghwa County", "봉화군"), "KR", "Gyeongsangbuk-do",
                AdministrativeLevel.COUNTY_OR_DISTRICT);
    }

    private void registerOnce(String id, PartnerCityNames names, String country, String region, AdministrativeLevel level) {
        if (!partnerCities.existsById(id)) {
            partnerCities.insert(PartnerCity.register(id, LOADER, names, country, region, level, true, false, clock.instant()));
        }
    }
}
