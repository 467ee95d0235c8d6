package io.waishi.sistercity.plan;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** All programme plans. */
public interface ProgrammePlans extends MongoRepository<ProgrammePlan, String> {

    Page<ProgrammePlan> findByStatus(PlanStatus status, Pageable pageable);
}
