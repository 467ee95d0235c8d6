package io.waishi.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.platform.idempotency.IdempotencyKey;
import io.waishi.platform.idempotency.IdempotencyKeySweep;
import io.waishi.platform.idempotency.IdempotencyRecord;
import io.waishi.platform.idempotency.IdempotencyStore;
import io.waishi.platform.idempotency.RequestFingerprint;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.platform.testing.TestTokens;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * {@code Idempotency-Key} on POST as a service gets it from the platform, over a real socket and the Mongo wire
 * server: a retry returns the first answer and creates nothing; reuse, concurrency, failures, expiry and crashes.
 */
@SampleServiceTest
class IdempotencyIT {

    private static final String MEMOS = "/api/sample/memos";

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    IdempotencyStore store;
    @Autowired
    IdempotencyKeySweep sweep;

    TestHttp http;
    final String olga = TestTokens.token("olga", "SISTER_CITY_OFFICER");
    final String peng = TestTokens.token("peng", "SISTER_CITY_OFFICER");

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://127.0.0.1:" + port);
        MemoController.FAILURES_LEFT.set(0);
        MemoController.GATE.set(new CountDownLatch(0));
    }

    @AfterEach
    void tearDown() {
        MemoController.FAILURES_LEFT.set(0);
        MemoController.GATE.get().countDown();
    }

    // --- Retries ---

    @Test
    void aRetriedPostReturnsTheFirstAnswerAndCreatesOneObject() {
        String key = newKey();
        String title = uniqueTitle();
        String body = memo(title);

        TestHttp.Answer first = post(MEMOS, olga, key, body);
        TestHttp.Answer retry = post(MEMOS, olga, key, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Location")).startsWith(MEMOS + "/");
        assertThat(first.header("ETag")).isEqualTo("\"0\"");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(memosTitled(title)).isEqualTo(1);

        String id = IdempotencyKey.parse(key).scopedId("olga", "POST", MEMOS);
        IdempotencyRecord record = store.find(id);
        assertThat(record.state()).isEqualTo(IdempotencyRecord.State.COMPLETED);
        assertThat(record.response().status()).isEqualTo(201);
        assertThat(record.fingerprint()).matches("[0-9a-f]{64}");
        assertThat(Duration.between(record.createdAt(), record.expiresAt())).isEqualTo(Duration.ofHours(24));
        org.bson.Document stored = mongo.findById(id, org.bson.Document.class, IdempotencyStore.COLLECTION);
        assertThat(stored.get("response", org.bson.Document.class).get("body"))
                .isInstanceOf(org.bson.types.Binary.class);
        assertThat(stored.get("expiresAt")).isInstanceOf(java.util.Date.class);
        assertThat(http.get("/actuator/prometheus", null).body())
                .contains("waishi_http_idempotency_requests_total{").contains("outcome=\"replayed\"");
    }

    @Test
    void manyRetriesStillCreateOneObject() {
        String key = newKey();
        String title = uniqueTitle();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TestHttp.Answer answer = post(MEMOS, olga, key, memo(title));
            assertThat(answer.status()).isEqualTo(201);
            bodies.add(answer.body());
        }
        assertThat(bodies).containsOnly(bodies.get(0));
        assertThat(memosTitled(title)).isEqualTo(1);
    }

    @Test
    void aKeyInQuotesIsTheSameKey() {
        String key = newKey();
        String title = uniqueTitle();
        TestHttp.Answer plain = post(MEMOS, olga, key, memo(title));
        TestHttp.Answer quoted = post(MEMOS, olga, "\"" + key + "\"", memo(title));
        assertThat(quoted.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(quoted.body()).isEqualTo(plain.body());
        assertThat(memosTitled(title)).isEqualTo(1);
    }

    @Test
    void aDifferentBodyWithTheSameKeyIs422AndCreatesNothing() {
        String key = newKey();
        String firstTitle = uniqueTitle();
        String otherTitle = uniqueTitle();
        assertThat(post(MEMOS, olga, key, memo(firstTitle)).status()).isEqualTo(201);

        TestHttp.Answer reused = post(MEMOS, olga, key, memo(otherTitle));

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = reused.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:waishi:problem:idempotency-key-reused");
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("instance").asString()).isEqualTo(MEMOS);
        assertThat(memosTitled(otherTitle)).isZero();
        assertThat(memosTitled(firstTitle)).isEqualTo(1);
    }

    @Test
    void anotherUserWithTheSameKeyIsIndependent() {
        String key = newKey();
        String title = uniqueTitle();
        TestHttp.Answer olgas = post(MEMOS, olga, key, memo(title));
        TestHttp.Answer pengs = post(MEMOS, peng, key, memo(title));

        assertThat(olgas.status()).isEqualTo(201);
        assertThat(pengs.status()).isEqualTo(201);
        assertThat(pengs.header("Idempotent-Replayed")).isNull();
        assertThat(pengs.json().get("createdBy").asString()).isEqualTo("peng");
        assertThat(pengs.header("Location")).isNotEqualTo(olgas.header("Location"));
        assertThat(memosTitled(title)).isEqualTo(2);
    }

    @Test
    void theSameKeyOnAnotherEndpointIsIndependent() {
        String key = newKey();
        String title = uniqueTitle();
        assertThat(post(MEMOS, olga, key, memo(title)).status()).isEqualTo(201);
        TestHttp.Answer elsewhere = post(MEMOS + "/flaky", olga, key, memo(title));
        assertThat(elsewhere.status()).isEqualTo(201);
        assertThat(elsewhere.header("Idempotent-Replayed")).isNull();
        assertThat(memosTitled(title)).isEqualTo(2);
    }

    @Test
    void withoutAKeyEveryPostCreates() {
        String title = uniqueTitle();
        TestHttp.Answer first = http.post(MEMOS, olga, memo(title));
        TestHttp.Answer second = http.post(MEMOS, olga, memo(title));
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isNull();
        assertThat(second.header("Location")).isNotEqualTo(first.header("Location"));
        assertThat(memosTitled(title)).isEqualTo(2);
    }

    // --- Which answers are kept ---

    @Test
    void aValidationErrorIsReplayedAsIs() {
        String key = newKey();
        String invalid = memo(" ");
        TestHttp.Answer first = post(MEMOS, olga, key, invalid);
        TestHttp.Answer retry = post(MEMOS, olga, key, invalid);

        assertThat(first.status()).isEqualTo(400);
        assertThat(first.json().get("type").asString()).isEqualTo("urn:waishi:problem:validation");
        assertThat(retry.status()).isEqualTo(400);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void aServerErrorIsNotKeptSoTheRetryRuns() {
        String key = newKey();
        String title = uniqueTitle();
        MemoController.FAILURES_LEFT.set(1);

        TestHttp.Answer failed = post(MEMOS + "/flaky", olga, key, memo(title));
        assertThat(failed.status()).isEqualTo(500);
        assertThat(store.find(IdempotencyKey.parse(key).scopedId("olga", "POST", MEMOS + "/flaky"))).isNull();
        assertThat(memosTitled(title)).isZero();

        TestHttp.Answer retried = post(MEMOS + "/flaky", olga, key, memo(title));
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
        TestHttp.Answer again = post(MEMOS + "/flaky", olga, key, memo(title));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(retried.body());
        assertThat(memosTitled(title)).isEqualTo(1);
    }

    @Test
    void anAsynchronousAnswerIsKeptAndReplayed() {
        String key = newKey();
        String title = uniqueTitle();
        TestHttp.Answer first = post(MEMOS + "/async", olga, key, memo(title));
        TestHttp.Answer retry = post(MEMOS + "/async", olga, key, memo(title));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("title").asString()).isEqualTo(title);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(memosTitled(title)).isEqualTo(1);
    }

    @Test
    void aFormIsRecognisedByItsParameters() {
        String key = newKey();
        String title = uniqueTitle();
        TestHttp.Answer first = postAs(MEMOS + "/form", key, "application/x-www-form-urlencoded",
                "title=" + title + "&note=a");
        TestHttp.Answer retry = postAs(MEMOS + "/form", key, "application/x-www-form-urlencoded",
                "note=a&title=" + title);
        TestHttp.Answer reused = postAs(MEMOS + "/form", key, "application/x-www-form-urlencoded",
                "title=" + title + "&note=b");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("title").asString()).isEqualTo(title);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(reused.status()).isEqualTo(422);
        assertThat(memosTitled(title)).isEqualTo(1);
    }

    @Test
    void anUploadIsRecognisedByItsParts() {
        String key = newKey();
        String title = uniqueTitle();
        TestHttp.Answer first = postAs(MEMOS + "/upload", key, "multipart/form-data; boundary=b1",
                multipart("b1", title, "hello"));
        TestHttp.Answer retry = postAs(MEMOS + "/upload", key, "multipart/form-data; boundary=b1",
                multipart("b1", title, "hello"));
        TestHttp.Answer reused = postAs(MEMOS + "/upload", key, "multipart/form-data; boundary=b1",
                multipart("b1", title, "hello, world"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("title").asString()).isEqualTo(title + " (5 bytes)");
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(reused.status()).isEqualTo(422);
        assertThat(memosTitled(title + " (5 bytes)")).isEqualTo(1);
        assertThat(memosTitled(title + " (12 bytes)")).isZero();
    }

    @Test
    void anOversizedChunkedBodyWithAKeyIs413AndKeepsNoKey() {
        String key = newKey();
        byte[] huge = ("{\"title\":\"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        TestHttp.Answer answer = http.send(http.request(MEMOS, olga)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
                .build());
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:waishi:problem:payload-too-large");
        assertThat(store.find(IdempotencyKey.parse(key).scopedId("olga", "POST", MEMOS))).isNull();
    }

    // --- Keys ---

    @Test
    void anInvalidKeyIs400AndCreatesNothing() {
        String title = uniqueTitle();
        for (String key : List.of("", "k".repeat(256), "   ")) {
            TestHttp.Answer answer = post(MEMOS, olga, key, memo(title));
            assertThat(answer.status()).as("key of %d chars", key.length()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().get("type").asString()).isEqualTo("urn:waishi:problem:invalid-idempotency-key");
        }
        TestHttp.Answer twoKeys = http.send(http.request(MEMOS, olga)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", newKey())
                .header("Idempotency-Key", newKey())
                .POST(HttpRequest.BodyPublishers.ofString(memo(title))).build());
        assertThat(twoKeys.status()).isEqualTo(400);
        assertThat(twoKeys.json().get("type").asString()).isEqualTo("urn:waishi:problem:invalid-idempotency-key");
        assertThat(memosTitled(title)).isZero();

        assertThat(post(MEMOS, olga, "k".repeat(255), memo(title)).status()).isEqualTo(201);
    }

    @Test
    void theKeyIsIgnoredOnOtherMethods() {
        TestHttp.Answer answer = http.send(http.request(MEMOS + "/" + TestKafka.newId(), olga)
                .header("Idempotency-Key", "").GET().build());
        assertThat(answer.status()).isIn(404, 405);
        assertThat(answer.body()).doesNotContain("invalid-idempotency-key");
    }

    // --- Expiry and crashes ---

    @Test
    void anExpiredKeyIsNew() {
        String key = newKey();
        String title = uniqueTitle();
        TestHttp.Answer first = post(MEMOS, olga, key, memo(title));
        String id = IdempotencyKey.parse(key).scopedId("olga", "POST", MEMOS);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().set("expiresAt", Instant.now().minusSeconds(1)), IdempotencyStore.COLLECTION);

        TestHttp.Answer later = post(MEMOS, olga, key, memo(title));

        assertThat(later.status()).isEqualTo(201);
        assertThat(later.header("Idempotent-Replayed")).isNull();
        assertThat(later.header("Location")).isNotEqualTo(first.header("Location"));
        assertThat(memosTitled(title)).isEqualTo(2);
        assertThat(store.find(id).expiresAt()).isAfter(Instant.now().plus(Duration.ofHours(23)));
    }

    @Test
    void theSweepDeletesExpiredKeysAndKeepsTheOthers() {
        String expiredKey = newKey();
        String freshKey = newKey();
        post(MEMOS, olga, expiredKey, memo(uniqueTitle()));
        post(MEMOS, olga, freshKey, memo(uniqueTitle()));
        String expiredId = IdempotencyKey.parse(expiredKey).scopedId("olga", "POST", MEMOS);
        String freshId = IdempotencyKey.parse(freshKey).scopedId("olga", "POST", MEMOS);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(expiredId)),
                new Update().set("expiresAt", Instant.now().minusSeconds(60)), IdempotencyStore.COLLECTION);

        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);

        assertThat(store.find(expiredId)).isNull();
        assertThat(store.find(freshId)).isNotNull();
        assertThat(sweep.isRunning()).isTrue();
    }

    @Test
    void aKeyLeftInProgressByACrashIsTakenOverAfterTheLease() {
        String key = newKey();
        String title = uniqueTitle();
        String body = memo(title);
        String id = IdempotencyKey.parse(key).scopedId("olga", "POST", MEMOS);
        Instant crashedAt = Instant.now().minus(Duration.ofMinutes(2));
        mongo.insert(inProgress(id, body, crashedAt), IdempotencyStore.COLLECTION);

        TestHttp.Answer answer = post(MEMOS, olga, key, body);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("Idempotent-Replayed")).isNull();
        assertThat(memosTitled(title)).isEqualTo(1);
        IdempotencyRecord record = store.find(id);
        assertThat(record.state()).isEqualTo(IdempotencyRecord.State.COMPLETED);
        assertThat(record.owner()).isNotEqualTo("crashed-instance");
        assertThat(post(MEMOS, olga, key, body).header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void aKeyInProgressWithinTheLeaseIs409() {
        String key = newKey();
        String title = uniqueTitle();
        String body = memo(title);
        String id = IdempotencyKey.parse(key).scopedId("olga", "POST", MEMOS);
        mongo.insert(inProgress(id, body, Instant.now()), IdempotencyStore.COLLECTION);

        TestHttp.Answer answer = post(MEMOS, olga, key, body);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.header("Retry-After")).isEqualTo("1");
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:waishi:problem:request-in-progress");
        assertThat(memosTitled(title)).isZero();
    }

    // --- Concurrency ---

    @Test
    void aDuplicateSentWhileTheFirstRunsIs409AndTheFirstAnswerIsKeptAfterwards() throws Exception {
        String key = newKey();
        String title = uniqueTitle();
        String id = IdempotencyKey.parse(key).scopedId("olga", "POST", MEMOS + "/slow");
        CountDownLatch gate = new CountDownLatch(1);
        MemoController.GATE.set(gate);

        CompletableFuture<TestHttp.Answer> first =
                CompletableFuture.supplyAsync(() -> post(MEMOS + "/slow", olga, key, memo(title)));
        await().atMost(Duration.ofSeconds(10)).until(() -> store.find(id) != null);

        TestHttp.Answer duplicate = post(MEMOS + "/slow", olga, key, memo(title));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.header("Retry-After")).isEqualTo("1");
        assertThat(duplicate.json().get("type").asString()).isEqualTo("urn:waishi:problem:request-in-progress");

        gate.countDown();
        TestHttp.Answer original = first.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(original.status()).isEqualTo(201);
        TestHttp.Answer retry = post(MEMOS + "/slow", olga, key, memo(title));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(original.body());
        assertThat(memosTitled(title)).isEqualTo(1);
    }

    @Test
    void ofManyConcurrentClaimsOfOneKeyExactlyOneWins() throws Exception {
        String id = IdempotencyKey.parse(newKey()).scopedId("olga", "POST", MEMOS);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<IdempotencyStore.Claim>> claims = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < 16; i++) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return store.claim(id, "fingerprint", "POST", MEMOS);
                }));
            }
            start.countDown();
            int acquired = 0;
            for (Future<IdempotencyStore.Claim> claim : claims) {
                IdempotencyStore.Claim outcome = claim.get(30, java.util.concurrent.TimeUnit.SECONDS);
                if (outcome instanceof IdempotencyStore.Acquired) {
                    acquired++;
                } else {
                    assertThat(outcome).isInstanceOf(IdempotencyStore.InProgress.class);
                }
            }
            assertThat(acquired).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    // --- API document ---

    @Test
    void theApiDocumentOffersTheHeaderOnPosts() {
        TestHttp.Answer docs = http.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode parameters = docs.json().get("paths").get(MEMOS).get("post").get("parameters");
        assertThat(parameters.findValuesAsString("name")).contains("Idempotency-Key");
    }

    private TestHttp.Answer post(String path, String token, String key, String json) {
        return http.send(http.request(path, token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private TestHttp.Answer postAs(String path, String key, String contentType, String body) {
        return http.send(http.request(path, olga)
                .header("Content-Type", contentType)
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static String multipart(String boundary, String title, String file) {
        return "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
                + title + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"note.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + file + "\r\n"
                + "--" + boundary + "--\r\n";
    }

    private static IdempotencyRecord inProgress(String id, String body, Instant createdAt) {
        String fingerprint = RequestFingerprint.of(null, "application/json", null, null,
                body.getBytes(StandardCharsets.UTF_8));
        return new IdempotencyRecord(id, "crashed-instance", "POST", MEMOS, fingerprint,
                IdempotencyRecord.State.IN_PROGRESS, null, createdAt, createdAt.plus(Duration.ofHours(24)), null);
    }

    private long memosTitled(String title) {
        return mongo.count(Query.query(Criteria.where("title").is(title)), Memo.class);
    }

    private static String memo(String title) {
        return TestHttp.json(Map.of("title", title));
    }

    private static String uniqueTitle() {
        return "memo-" + UUID.randomUUID();
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
