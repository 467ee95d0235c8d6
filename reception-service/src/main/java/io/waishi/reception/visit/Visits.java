package io.waishi.reception.visit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** All foreign guest visits. */
public interface Visits extends MongoRepository<Visit, String> {

    Page<Visit> findByStatus(VisitStatus status, Pageable pageable);

    long countByStatus(VisitStatus status);
}
