package io.waishi.travel.plan;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

/** The filtered search of {@link AnnualPlans}, one query whatever filters are given. */
class AnnualPlanSearchImpl implements AnnualPlanSearch {

    private final MongoOperations mongo;

    AnnualPlanSearchImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<AnnualPlan> search(String unit, Integer year, PlanStatus status, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (unit != null) {
            criteria = criteria.and("unit").is(unit);
        }
        if (year != null) {
            criteria = criteria.and("year").is(year);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        Query query = new Query(criteria).with(pageable);
        return PageableExecutionUtils.getPage(mongo.find(query, AnnualPlan.class), pageable,
                () -> mongo.count(Query.of(query).limit(-1).skip(-1), AnnualPlan.class));
    }
}
