package io.waishi.reception.letter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Letter numbers on the Mongo wire server: the real driver and findAndModify, no Spring context. */
class MongoLetterNumbersTest {

    MongoServer server;
    MongoClient client;
    MongoTemplate mongo;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        mongo = new MongoTemplate(client, "letters-test");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void numbersFormatPrefixYearAndAFourDigitSequence() {
        assertThat(LetterNumbers.format("TCFAO", 2027, 1)).isEqualTo("TCFAO-2027-0001");
        assertThat(LetterNumbers.format("TCFAO", 2027, 9999)).isEqualTo("TCFAO-2027-9999");
        assertThat(LetterNumbers.format("TCFAO", 2027, 10000)).isEqualTo("TCFAO-2027-10000");
    }

    @Test
    void eachYearHasItsOwnSequenceStartingAtOne() {
        LetterNumbers numbers = new MongoLetterNumbers(mongo, "TCFAO");
        assertThat(numbers.next(2027)).isEqualTo("TCFAO-2027-0001");
        assertThat(numbers.next(2027)).isEqualTo("TCFAO-2027-0002");
        assertThat(numbers.next(2028)).isEqualTo("TCFAO-2028-0001");
        assertThat(numbers.next(2027)).isEqualTo("TCFAO-2027-0003");
    }

    @Test
    void theSequenceSurvivesARestartBecauseItLivesInTheDatabase() {
        new MongoLetterNumbers(mongo, "TCFAO").next(2027);
        new MongoLetterNumbers(mongo, "TCFAO").next(2027);
        assertThat(new MongoLetterNumbers(mongo, "TCFAO").next(2027)).as("a new instance, as after a restart")
                .isEqualTo("TCFAO-2027-0003");
        assertThat(new MongoLetterNumbers(mongo, "XAFAO").next(2027)).as("another prefix counts on its own")
                .isEqualTo("XAFAO-2027-0001");
    }

    @Test
    void concurrentIssuersNeverGetTheSameNumber() throws Exception {
        LetterNumbers numbers = new MongoLetterNumbers(mongo, "TCFAO");
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = IntStream.range(0, 100)
                    .mapToObj(i -> pool.submit(() -> numbers.next(2027))).toList();
            for (Future<String> future : futures) {
                seen.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(seen).hasSize(100).contains("TCFAO-2027-0001", "TCFAO-2027-0100");
    }
}
