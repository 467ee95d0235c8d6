package io.waishi.travel.plan;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Every unit's annual plans, by {@code <unit>:<year>}. */
public interface AnnualPlans extends MongoRepository<AnnualPlan, String>, AnnualPlanSearch {
}
