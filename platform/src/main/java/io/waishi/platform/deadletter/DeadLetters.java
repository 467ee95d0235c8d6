package io.waishi.platform.deadletter;

import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.inbound.InboundEventDispatcher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The dead letters of this service's consumer group: stored, listed and re-driven through the dispatcher. */
public class DeadLetters {

    static final String COLLECTION = "dead_letters";

    private final MongoTemplate mongo;
    private final InboundEventDispatcher dispatcher;
    private final Clock clock;

    public DeadLetters(MongoTemplate mongo, InboundEventDispatcher dispatcher, Clock clock) {
        this.mongo = mongo;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** Stores a dead letter once; a redelivered dead-letter record changes nothing. */
    public void keep(DeadLetter deadLetter) {
        try {
            mongo.insert(deadLetter, COLLECTION);
        } catch (DuplicateKeyException alreadyKept) {
            // The dead-letter record itself was delivered again.
        }
    }

    public List<DeadLetter> list(DeadLetter.Status status, int page, int size) {
        Query query = status == null ? new Query() : Query.query(Criteria.where("status").is(status));
        query.with(Sort.by(Sort.Direction.DESC, "deadLetteredAt")).skip((long) page * size).limit(size);
        return mongo.find(query, DeadLetter.class, COLLECTION);
    }

    public long count(DeadLetter.Status status) {
        Query query = status == null ? new Query() : Query.query(Criteria.where("status").is(status));
        return mongo.count(query, DeadLetter.class, COLLECTION);
    }

    public DeadLetter get(String id) {
        DeadLetter deadLetter = mongo.findById(id, DeadLetter.class, COLLECTION);
        if (deadLetter == null) {
            throw new NotFoundException("Dead letter", id);
        }
        return deadLetter;
    }

    /**
     * Processes the record again exactly as the listener would. Success marks it re-driven; a failure is
     * recorded on it and it stays open.
     */
    public DeadLetter redrive(String id) {
        DeadLetter deadLetter = get(id);
        if (deadLetter.status() == DeadLetter.Status.REDRIVEN) {
            return deadLetter;
        }
        Update update;
        try {
            dispatcher.dispatch(asRecord(deadLetter));
            update = new Update().set("status", DeadLetter.Status.REDRIVEN).set("redrivenAt", clock.instant())
                    .inc("redriveAttempts", 1).unset("lastRedriveFailure");
        } catch (RuntimeException e) {
            update = new Update().inc("redriveAttempts", 1).set("lastRedriveFailure", e.getClass().getSimpleName()
                    + ": " + e.getMessage());
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, DeadLetter.class, COLLECTION);
        return get(id);
    }

    /** Re-drives every open dead letter, oldest first. */
    public RedriveSummary redriveAll() {
        Query open = Query.query(Criteria.where("status").is(DeadLetter.Status.OPEN))
                .with(Sort.by(Sort.Direction.ASC, "deadLetteredAt"));
        int redriven = 0;
        int stillFailing = 0;
        for (DeadLetter deadLetter : mongo.find(open, DeadLetter.class, COLLECTION)) {
            if (redrive(deadLetter.id()).status() == DeadLetter.Status.REDRIVEN) {
                redriven++;
            } else {
                stillFailing++;
            }
        }
        return new RedriveSummary(redriven, stillFailing);
    }

    public record RedriveSummary(int redriven, int stillFailing) {
    }

    private static ConsumerRecord<String, String> asRecord(DeadLetter deadLetter) {
        RecordHeaders headers = new RecordHeaders();
        for (Map.Entry<String, String> header : deadLetter.headers().entrySet()) {
            headers.add(header.getKey(), header.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return new ConsumerRecord<>(deadLetter.originalTopic(), deadLetter.originalPartition(),
                deadLetter.originalOffset(), deadLetter.deadLetteredAt().toEpochMilli(), TimestampType.CREATE_TIME,
                -1, -1, deadLetter.key(), deadLetter.value(), headers, java.util.Optional.empty());
    }
}
