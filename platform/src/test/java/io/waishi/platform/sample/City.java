package io.waishi.platform.sample;

import io.waishi.contracts.EventType;
import io.waishi.contracts.PublishedAs;
import io.waishi.platform.domain.AggregateRoot;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("cities")
public class City extends AggregateRoot {

    private final String name;

    City(String id, Long version, String name) {
        super(id, version);
        this.name = name;
    }

    static City register(String id, String name, String country, Instant now) {
        City city = new City(id, null, name);
        city.record(new Registered(id, Map.of("zh", name), country, now));
        return city;
    }

    public String name() {
        return name;
    }

    @PublishedAs(EventType.PARTNER_CITY_REGISTERED)
    record Registered(String partnerCityId, Map<String, String> name, String country, Instant registeredAt) {
    }
}
