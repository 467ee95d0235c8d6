package io.waishi.sistercity.project;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

/** The Spring Data fragment behind {@link ProjectSearch}: one query with only the filters given. */
class ProjectSearchImpl implements ProjectSearch {

    private final MongoTemplate mongo;

    ProjectSearchImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<CooperationProject> search(Filter filter, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (filter.partnerCityId() != null) {
            criteria = criteria.and("partnerCityId").is(filter.partnerCityId());
        }
        if (filter.stage() != null) {
            criteria = criteria.and("stage").is(filter.stage());
        }
        if (filter.field() != null) {
            criteria = criteria.and("field").is(filter.field());
        }
        Criteria matching = criteria;
        List<CooperationProject> found = mongo.find(new Query(matching).with(pageable), CooperationProject.class);
        return PageableExecutionUtils.getPage(found, pageable,
                () -> mongo.count(new Query(matching), CooperationProject.class));
    }
}
