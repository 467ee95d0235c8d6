package io.waishi.sistercity.partner;

import io.waishi.platform.command.Commands;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.PublicWebAddress;
import java.time.Clock;
import java.util.List;
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

    public PartnerCity revise(Actor officer, String id, Long expectedVersion, PartnerCityNames names, String region,
            AdministrativeLevel level, boolean diplomaticRelations, boolean otherChineseSisterCity,
            LocalizedText profile, PublicWebAddress website, List<Contact> contacts) {
        return Commands.onCurrentVersion(() -> get(id), expectedVersion, city -> city.revise(officer, names, region,
                level, diplomaticRelations, otherChineseSisterCity, profile, website, contacts, clock.instant()),
                partnerCities::save);
    }

    public PartnerCity get(String id) {
        return partnerCities.findById(id).orElseThrow(() -> new NotFoundException("Partner city", id));
    }

    public Page<PartnerCity> list(String country, Pageable page) {
        return country == null ? partnerCities.findAll(page) : partnerCities.findByCountry(country, page);
    }
}
