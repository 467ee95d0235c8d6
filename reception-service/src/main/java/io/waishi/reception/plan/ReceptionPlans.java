package io.waishi.reception.plan;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The reception plans, one per visit, under the visit's id. */
public interface ReceptionPlans extends MongoRepository<ReceptionPlan, String> {

    List<ReceptionPlan> findByDepartureDateGreaterThanEqual(LocalDate day);
}
