package io.waishi.sistercity.activity;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** All exchange activities. */
public interface ExchangeActivities extends MongoRepository<ExchangeActivity, String> {

    Page<ExchangeActivity> findByPartnerCityId(String partnerCityId, Pageable pageable);
}
