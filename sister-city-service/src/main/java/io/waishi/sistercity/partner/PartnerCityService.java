package io.waishi.sistercity.partner;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.NotFoundException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The use cases on partner cities. Every authenticated staff member may read them. */
@Service
public class PartnerCityService {

    private final PartnerCities partnerCities;
    private final Clock clock;

    PartnerCityService(PartnerCities partnerCities, Clock clock) {
        this.partnerCities = partnerCities;
        this.clock = clock;
    }

    public PartnerCity register(Actor officer, PartnerCityNames names, String country, String region,
            AdministrativeLevel level, boolean diplomaticRelations, boolean otherChineseSisterCity) {
        return partnerCities.save(PartnerCity.register(UUID.randomUUID().toString(), officer, names, country, region,
                level, diplomaticRelations, otherChineseSisterCity, clock.instant()));
    }

    public PartnerCity get(String id) {
        return partnerCities.findById(id).orElseThrow(() -> new NotFoundException("Partner city", id));
    }

    public Page<PartnerCity> list(String country, Pageable page) {
        return country == null ? partnerCities.findAll(page) : partnerCities.findByCountry(country, page);
    }
}
