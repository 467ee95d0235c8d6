package io.waishi.sistercity.partner;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** All partner cities. */
public interface PartnerCities extends MongoRepository<PartnerCity, String> {

    Page<PartnerCity> findByCountry(String country, Pageable pageable);

    List<PartnerCity> findByCountryIn(Collection<String> countries);
}
