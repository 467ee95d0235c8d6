package io.waishi.travel.delegation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** All delegation files. */
public interface Delegations extends MongoRepository<Delegation, String> {

    Page<Delegation> findByUnit(String unit, Pageable pageable);

    Page<Delegation> findByStatus(DelegationStatus status, Pageable pageable);

    Page<Delegation> findByUnitAndStatus(String unit, DelegationStatus status, Pageable pageable);
}
