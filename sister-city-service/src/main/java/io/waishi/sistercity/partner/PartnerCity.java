package io.waishi.sistercity.partner;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.PublicWebAddress;
import io.waishi.platform.domain.Role;
import java.time.Instant;
import java.util.List;
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

    /** At most this many contacts per partner: the people the office actually deals with. */
    public static final int MAX_CONTACTS = 30;

    private PartnerCityNames names;
    private final String country;
    private String region;
    private AdministrativeLevel administrativeLevel;
    private boolean diplomaticRelations;
    /** The partner already has a sister city in China: the one-to-one rule leaves it friendly cooperation only. */
    private boolean otherChineseSisterCity;
    private LocalizedText profile;
    private PublicWebAddress website;
    private List<Contact> contacts;
    private final String registeredBy;
    private final Instant registeredAt;
    private String revisedBy;
    private Instant revisedAt;

    @PersistenceCreator
    PartnerCity(String id, Long version, PartnerCityNames names, String country, String region,
            AdministrativeLevel administrativeLevel, boolean diplomaticRelations, boolean otherChineseSisterCity,
            LocalizedText profile, PublicWebAddress website, List<Contact> contacts, String registeredBy,
            Instant registeredAt, String revisedBy, Instant revisedAt) {
        super(id, version);
        this.names = names;
        this.country = country;
        this.region = region;
        this.administrativeLevel = administrativeLevel;
        this.diplomaticRelations = diplomaticRelations;
        this.otherChineseSisterCity = otherChineseSisterCity;
        this.profile = profile;
        this.website = website;
        this.contacts = contacts == null ? List.of() : List.copyOf(contacts);
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
        this.revisedBy = revisedBy;
        this.revisedAt = revisedAt;
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
                otherChineseSisterCity, null, null, null, officer.userId(), now, null, null);
        city.record(PartnerCityEvents.PartnerCityRegistered.of(id, names, country, now));
        return city;
    }

    /**
     * A sister-city officer keeps the partner's file up to date: names, region, profile, website, contacts,
     * and the facts the relationship rules read — its tier, its country's diplomatic relations, another
     * Chinese sister city. The rules read them as they are at each later step; what was approved stays
     * approved. The country is the city's identity and does not change.
     */
    public void revise(Actor officer, PartnerCityNames names, String region, AdministrativeLevel level,
            boolean diplomaticRelations, boolean otherChineseSisterCity, LocalizedText profile,
            PublicWebAddress website, List<Contact> contacts, Instant now) {
        officer.require("revise a partner city", Role.SISTER_CITY_OFFICER);
        if (names == null || level == null) {
            throw new IllegalArgumentException("A partner city needs its names and administrative level");
        }
        List<Contact> kept = contacts == null ? List.of() : List.copyOf(contacts);
        if (kept.size() > MAX_CONTACTS) {
            throw new IllegalArgumentException("At most " + MAX_CONTACTS + " contacts per partner city");
        }
        this.names = names;
        this.region = region == null || region.isBlank() ? null : region.strip();
        this.administrativeLevel = level;
        this.diplomaticRelations = diplomaticRelations;
        this.otherChineseSisterCity = otherChineseSisterCity;
        this.profile = profile;
        this.website = website;
        this.contacts = kept;
        this.revisedBy = officer.userId();
        this.revisedAt = now;
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

    public LocalizedText profile() {
        return profile;
    }

    public PublicWebAddress website() {
        return website;
    }

    public List<Contact> contacts() {
        return contacts;
    }

    public String revisedBy() {
        return revisedBy;
    }

    public Instant revisedAt() {
        return revisedAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
