package io.waishi.travel.authorisation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** All multi-trip authorisations. */
public interface Authorisations extends MongoRepository<MultiTripAuthorisation, String> {

    Page<MultiTripAuthorisation> findByUnit(String unit, Pageable pageable);

    Page<MultiTripAuthorisation> findByStatus(AuthorisationStatus status, Pageable pageable);

    Page<MultiTripAuthorisation> findByUnitAndStatus(String unit, AuthorisationStatus status, Pageable pageable);
}
