package io.waishi.reception.letter;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Letter numbers from one counter document per prefix and year in {@code letter_counters}, raised with an
 * atomic findAndModify {@code $inc} (upserting the year's first): concurrent issuers and restarts never get the
 * same number. A number taken by an issue that then fails is not given again (a gap, never a repeat).
 */
public class MongoLetterNumbers implements LetterNumbers {

    static final String COLLECTION = "letter_counters";

    private final MongoTemplate mongo;
    private final String prefix;

    public MongoLetterNumbers(MongoTemplate mongo, String prefix) {
        this.mongo = mongo;
        this.prefix = prefix;
    }

    @Override
    public String next(int year) {
        Document counter = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(prefix + "-" + year)),
                new Update().inc("sequence", 1L),
                FindAndModifyOptions.options().returnNew(true).upsert(true),
                Document.class, COLLECTION);
        if (counter == null) {
            throw new IllegalStateException("The letter counter of " + year + " did not answer");
        }
        return LetterNumbers.format(prefix, year, ((Number) counter.get("sequence")).longValue());
    }
}
