package io.waishi.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.waishi.platform.sample.SampleServiceTest;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The hash chain on the Mongo wire server, each test in a database of its own: appending, verifying, tampering
 * found at the record tampered with, and concurrent appenders in two "instances" that never fork the chain.
 */
@SampleServiceTest
class AuditChainIT {

    @Autowired
    MongoClient client;

    MongoTemplate mongo;
    AuditChain chain;

    @BeforeEach
    void freshDatabase() {
        mongo = new MongoTemplate(client, "audit-chain-" + UUID.randomUUID());
        chain = new AuditChain(mongo, new SimpleMeterRegistry());
    }

    @Test
    void appendsInSequenceEachRecordChainedToThePreviousOne() {
        assertThat(chain.verify()).isEqualTo(new AuditChain.Verification(true, 0, 0, null, null, null));

        for (int i = 1; i <= 3; i++) {
            assertThat(chain.append(entry("file-" + i))).isEqualTo(i);
        }

        List<Document> records = records();
        assertThat(records).extracting(r -> r.get("_id")).containsExactly(1L, 2L, 3L);
        assertThat(records.get(0).getString("previousHash")).isEqualTo(AuditChain.GENESIS);
        assertThat(records.get(1).getString("previousHash")).isEqualTo(records.get(0).getString("hash"));
        assertThat(records.get(2).getString("previousHash")).isEqualTo(records.get(1).getString("hash"));
        assertThat(records.get(0).getString("hash")).matches("[0-9a-f]{64}");
        AuditChain.Verification verification = chain.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.recordsChecked()).isEqualTo(3);
        assertThat(verification.lastSequence()).isEqualTo(3);
        assertThat(verification.headHash()).isEqualTo(records.get(2).getString("hash"));
    }

    @Test
    void theHashIsSha256OfThePreviousHashAndTheCanonicalRecord() {
        chain.append(entry("file-1"));
        Document record = records().get(0);
        Document withoutHash = new Document(record);
        withoutHash.remove("hash");

        String expected = BsonDocuments.sha256Hex(AuditChain.GENESIS
                + BsonDocuments.canonical(BsonDocuments.toBson(withoutHash)));

        assertThat(record.getString("hash")).isEqualTo(expected);
        assertThat(BsonDocuments.canonical(BsonDocuments.toBson(withoutHash))).startsWith("{\"_id\": {\"$numberLong\": \"1\"}, \"act\":");
    }

    @Test
    void anEntryChainedTwiceIsChainedOnce() {
        Document entry = entry("file-1");
        long first = chain.append(entry);
        chain.append(entry("file-2"));

        assertThat(chain.append(entry)).isEqualTo(first);
        // Another instance whose view of the head is stale finds it too.
        assertThat(new AuditChain(mongo, new SimpleMeterRegistry()).append(entry)).isEqualTo(first);
        assertThat(records()).hasSize(2);
    }

    @Test
    void aChangedFieldIsFoundAtItsRecord() {
        appendFive();
        mongo.getCollection(AuditChain.COLLECTION).updateOne(new Document("_id", 3L),
                new Document("$set", new Document("actor.userId", "someone-else")));

        assertBrokenAt(3, "its content does not match its hash", 2);
    }

    @Test
    void aChangedFieldWithItsHashRecomputedBreaksTheNextRecord() {
        appendFive();
        Document third = mongo.getCollection(AuditChain.COLLECTION).find(new Document("_id", 3L)).first();
        third.put("reason", "rewritten");
        third.remove("hash");
        third.put("hash", AuditChain.hashOf(BsonDocuments.toBson(third)));
        mongo.getCollection(AuditChain.COLLECTION).replaceOne(new Document("_id", 3L), third);

        assertBrokenAt(4, "does not follow record 3", 3);
    }

    @Test
    void aDeletedRecordIsFoundMissing() {
        appendFive();
        mongo.getCollection(AuditChain.COLLECTION).deleteOne(new Document("_id", 2L));

        assertBrokenAt(2, "missing", 1);
    }

    @Test
    void reorderedRecordsAreFound() {
        appendFive();
        var collection = mongo.getCollection(AuditChain.COLLECTION);
        Document second = collection.find(new Document("_id", 2L)).first();
        Document third = collection.find(new Document("_id", 3L)).first();
        second.put("_id", 3L);
        third.put("_id", 2L);
        collection.deleteMany(new Document("_id", new Document("$in", List.of(2L, 3L))));
        collection.insertMany(List.of(third, second));

        assertBrokenAt(2, "does not follow record 1", 1);
    }

    @Test
    void aRecordSlippedInIsFound() {
        appendFive();
        Document forged = records().get(4);
        forged.put("_id", 7L);
        forged.put("entryId", UUID.randomUUID().toString());
        mongo.getCollection(AuditChain.COLLECTION).insertOne(forged);

        assertBrokenAt(6, "missing", 5);
    }

    @Test
    void concurrentAppendersInTwoInstancesBuildOneUnbrokenChain() throws Exception {
        AuditChain otherInstance = new AuditChain(mongo, new SimpleMeterRegistry());
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        Set<Long> sequences = ConcurrentHashMap.newKeySet();
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                AuditChain appender = i % 2 == 0 ? chain : otherInstance;
                Document entry = entry("file-" + i);
                done.add(threads.submit((Callable<Void>) () -> {
                    start.await();
                    sequences.add(appender.append(entry));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(sequences).hasSize(100);
        assertThat(records()).extracting(r -> r.get("_id")).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 100).boxed().toList());
        AuditChain.Verification verification = chain.verify();
        assertThat(verification.intact()).as(verification.toString()).isTrue();
        assertThat(verification.recordsChecked()).isEqualTo(100);
    }

    private void assertBrokenAt(long sequence, String problem, long checked) {
        AuditChain.Verification verification = chain.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenSequence()).isEqualTo(sequence);
        assertThat(verification.problem()).isEqualTo(problem);
        assertThat(verification.recordsChecked()).isEqualTo(checked);
        assertThat(verification.headHash()).isNull();
    }

    private void appendFive() {
        for (int i = 1; i <= 5; i++) {
            chain.append(entry("file-" + i));
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    private List<Document> records() {
        return mongo.getCollection(AuditChain.COLLECTION).find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }

    static Document entry(String objectId) {
        return new Document("entryId", UUID.randomUUID().toString())
                .append("at", new Date())
                .append("actor", new Document("userId", "li.clerk").append("roles", List.of("UNIT_CLERK"))
                        .append("unit", "U-EDU").append("system", false))
                .append("act", "POST /api/sample/files/{id}/submit")
                .append("objectType", "files")
                .append("aggregateType", "File")
                .append("objectId", objectId)
                .append("version", 1L)
                .append("state", new Document("field", "status").append("from", "DRAFT").append("to", "SUBMITTED"))
                .append("changes", List.of(new Document("path", "status").append("from", "DRAFT").append("to", "SUBMITTED")))
                .append("reason", "ready");
    }
}
