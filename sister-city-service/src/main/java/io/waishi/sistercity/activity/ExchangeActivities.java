package io.waishi.sistercity.activity;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** All exchange activities. */
public interface ExchangeActivities extends MongoRepository<ExchangeActivity, String> {

    Page<ExchangeActivity> findByPartnerCityId(String partnerCityId, Pageable pageable);

    /** The latest exchange with a partner in this status, by its last day: how long a relationship has been quiet. */
    Optional<ExchangeActivity> findFirstByPartnerCityIdAndStatusOrderByEndDateDesc(String partnerCityId,
            ExchangeActivity.Status status);
}
