package io.waishi.publicity.item;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * The Spring Data fragment behind {@link ItemSearch}: one query with only the filters given. The title search
 * quotes the caller's words, so {@code .*} or {@code (} match themselves and never act as a pattern.
 */
class ItemSearchImpl implements ItemSearch {

    private final MongoTemplate mongo;

    ItemSearchImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<ContentItem> search(Filter filter, Pageable pageable) {
        Criteria criteria = criteria(filter);
        List<ContentItem> found = mongo.find(new Query(criteria).with(pageable), ContentItem.class);
        return PageableExecutionUtils.getPage(found, pageable,
                () -> mongo.count(new Query(criteria), ContentItem.class));
    }

    static Criteria criteria(Filter filter) {
        Criteria criteria = new Criteria();
        if (filter.kind() != null) {
            criteria = criteria.and("kind").is(filter.kind());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            criteria = criteria.and("tags").is(Tags.normalised(filter.tag()));
        }
        if (filter.state() != null) {
            criteria = criteria.and("status").is(filter.state());
        }
        boolean language = filter.language() != null && !filter.language().isBlank();
        if (filter.waitingFor() != null && language) {
            criteria = criteria.and("versions").elemMatch(Criteria.where("language")
                    .is(Languages.code(filter.language())).and("review.step").is(filter.waitingFor()));
        } else if (filter.waitingFor() != null) {
            criteria = criteria.and("versions.review.step").is(filter.waitingFor());
        } else if (language) {
            criteria = criteria.and("versions.language").is(Languages.code(filter.language()));
        }
        if (filter.partnerCityId() != null && !filter.partnerCityId().isBlank()) {
            criteria = criteria.and("about.partnerCityId").is(filter.partnerCityId().strip());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            criteria = criteria.and("versions.text.title").regex(literal(filter.q()), "i");
        }
        return criteria;
    }

    /** The words as a pattern that matches exactly them. */
    static String literal(String words) {
        return Pattern.quote(words.strip());
    }
}
