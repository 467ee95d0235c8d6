package io.waishi.sistercity.plan;

/** A plan is drafted by the sister-city officer, adopted by the FAO director, and closed when its period is over. */
public enum PlanStatus {
    DRAFT,
    ADOPTED,
    CLOSED
}
