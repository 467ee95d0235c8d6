package io.waishi.sistercity.activity;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The search fragment of {@link ExchangeActivities}: one query built from the filters given. */
class ActivitySearchImpl implements ActivitySearch {

    private final MongoOperations mongo;

    ActivitySearchImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<ExchangeActivity> search(ActivityFilter filter, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (filter.partnerCityId() != null) {
            criteria.and("partnerCityId").is(filter.partnerCityId());
        }
        if (filter.direction() != null) {
            criteria.and("direction").is(filter.direction());
        }
        if (filter.status() != null) {
            criteria.and("status").is(filter.status());
        }
        if (filter.field() != null) {
            criteria.and("field").is(filter.field());
        }
        if (filter.tag() != null) {
            criteria.and("tags").is(filter.tag());
        }
        if (filter.from() != null && filter.to() != null) {
            criteria.and("startDate").gte(filter.from()).lte(filter.to());
        } else if (filter.from() != null) {
            criteria.and("startDate").gte(filter.from());
        } else if (filter.to() != null) {
            criteria.and("startDate").lte(filter.to());
        }
        Query query = new Query(criteria);
        long total = mongo.count(query, ExchangeActivity.class);
        List<ExchangeActivity> page = mongo.find(Query.of(query).with(pageable), ExchangeActivity.class);
        return new PageImpl<>(page, pageable, total);
    }
}
