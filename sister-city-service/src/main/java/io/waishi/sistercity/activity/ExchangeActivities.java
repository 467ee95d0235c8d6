package io.waishi.sistercity.activity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Range;
import org.springframework.data.mongodb.repository.MongoRepository;

/** All exchange activities. */
public interface ExchangeActivities extends MongoRepository<ExchangeActivity, String>, ActivitySearch {

    Page<ExchangeActivity> findByPartnerCityId(String partnerCityId, Pageable pageable);

    /** The latest exchange with a partner in this status, by its last day: how long a relationship has been quiet. */
    Optional<ExchangeActivity> findFirstByPartnerCityIdAndStatusOrderByEndDateDesc(String partnerCityId,
            ExchangeActivity.Status status);

    /**
     * A partner's activities starting within {@code startDates} (use {@link Range#closed} for both days
     * included), in the order they started — cancelled ones too; {@link ExchangeActivity.Status#counts()} tells.
     */
    List<ExchangeActivity> findByPartnerCityIdAndStartDateBetweenOrderByStartDateAsc(String partnerCityId,
            Range<LocalDate> startDates);

    /** Every partner's activities starting within {@code startDates}, in the order they started. */
    List<ExchangeActivity> findByStartDateBetweenOrderByStartDateAsc(Range<LocalDate> startDates);

    /** How many of a partner's activities are in this status. */
    long countByPartnerCityIdAndStatus(String partnerCityId, ExchangeActivity.Status status);

    /** Every activity with these partners: what a programme plan's targets are measured from. */
    List<ExchangeActivity> findByPartnerCityIdIn(Collection<String> partnerCityIds);
}
