package io.waishi.sistercity.partner;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.Role;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A foreign city the office works with. Relationships (letter of intent → sister city) build on it: its
 * country's diplomatic relations, its administrative level and whether it already has another Chinese
 * sister city decide which relationship it may have.
 */
@Document("partner_cities")
public class PartnerCity extends AggregateRoot {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final PartnerCityNames names;
    private final String country;
    private final String region;
    private final AdministrativeLevel administrativeLevel;
    private final boolean diplomaticRelations;
    /** The partner already has a sister city in China: the one-to-one rule leaves it friendly cooperation only. */
    private final boolean otherChineseSisterCity;
    private final String registeredBy;
    private final Instant registeredAt;

    @PersistenceCreator
    PartnerCity(String id, Long version, PartnerCityNames names, String country, String region,
            AdministrativeLevel administrativeLevel, boolean diplomaticRelations, boolean otherChineseSisterCity,
            String registeredBy, Instant registeredAt) {
        super(id, version);
        this.names = names;
        this.country = country;
        this.region = region;
        this.administrativeLevel = administrativeLevel;
        this.diplomaticRelations = diplomaticRelations;
        this.otherChineseSisterCity = otherChineseSisterCity;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /** A sister-city officer registers a partner city. */
    public static PartnerCity register(String id, Actor officer, PartnerCityNames names, String country, String region,
            AdministrativeLevel level, boolean diplomaticRelations, boolean otherChineseSisterCity, Instant now) {
        officer.require("register a partner city", Role.SISTER_CITY_OFFICER);
        if (!ISO_COUNTRIES.contains(country)) {
            throw new IllegalArgumentException("Not an ISO 3166 country code: " + country);
        }
        if (level == null) {
            throw new IllegalArgumentException("A partner city needs an administrative level");
        }
        PartnerCity city = new PartnerCity(id, null, names, country, region, level, diplomaticRelations,
                otherChineseSisterCity, officer.userId(), now);
        city.record(PartnerCityEvents.PartnerCityRegistered.of(id, names, country, now));
        return city;
    }

    public PartnerCityNames names() {
        return names;
    }

    public String country() {
        return country;
    }

    public String region() {
        return region;
    }

    public AdministrativeLevel administrativeLevel() {
        return administrativeLevel;
    }

    public boolean diplomaticRelations() {
        return diplomaticRelations;
    }

    public boolean otherChineseSisterCity() {
        return otherChineseSisterCity;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
