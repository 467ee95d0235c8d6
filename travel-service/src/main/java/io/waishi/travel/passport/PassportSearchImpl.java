package io.waishi.travel.passport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The combined searches, as MongoDB queries; found by Spring Data by its name. */
class PassportSearchImpl implements PassportSearch {

    private final MongoTemplate mongo;

    PassportSearchImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<Passport> search(Filter filter, Pageable page) {
        List<Criteria> all = new ArrayList<>();
        if (filter.unit() != null) {
            all.add(ofUnit(filter.unit()));
        }
        if (filter.state() != null) {
            all.add(Criteria.where("state").is(filter.state()));
        }
        if (filter.personId() != null) {
            all.add(Criteria.where("holder.personId").is(filter.personId()));
        }
        if (filter.overdueOn() != null) {
            all.add(overdueOn(filter.overdueOn()));
        }
        Query query = all.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(all));
        long total = mongo.count(query, Passport.class);
        List<Passport> found = mongo.find(query.with(page), Passport.class);
        return new PageImpl<>(found, page, total);
    }

    @Override
    public Optional<Passport> mostOverdue(String unit, LocalDate today) {
        Query query = Query.query(new Criteria().andOperator(ofUnit(unit), overdueOn(today)))
                .with(Sort.by(Sort.Order.asc("currentLoan.dueBack"), Sort.Order.asc("_id")))
                .limit(1);
        return Optional.ofNullable(mongo.findOne(query, Passport.class));
    }

    private static Criteria ofUnit(String unit) {
        return new Criteria().orOperator(Criteria.where("holder.unit").is(unit),
                Criteria.where("currentLoan.unit").is(unit));
    }

    private static Criteria overdueOn(LocalDate day) {
        return new Criteria().andOperator(Criteria.where("state").is(CustodyState.ON_LOAN),
                Criteria.where("currentLoan.dueBack").lt(day));
    }
}
