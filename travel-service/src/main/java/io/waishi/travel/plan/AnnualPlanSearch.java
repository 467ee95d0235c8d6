package io.waishi.travel.plan;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The plans staff look for: any combination of unit, year and status. */
public interface AnnualPlanSearch {

    /** The plans matching every filter given; a null filter matches all. */
    Page<AnnualPlan> search(String unit, Integer year, PlanStatus status, Pageable pageable);
}
