package io.waishi.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Mongo wire server process keeps its documents in the H2 file across restarts. */
class MongoWireServerTest {

    @TempDir
    Path data;

    @Test
    void documentsSurviveRestartsOfTheProcessAndOfTheStack() throws Exception {
        int firstPort;
        try (LocalStack stack = mongoOnly()) {
            firstPort = stack.mongoPort();
            try (MongoClient client = MongoClients.create(stack.mongoUri())) {
                collection(client).insertOne(new Document("_id", "D-1").append("title", "Study visit to Kyoto")
                        .append("titleZh", "赴京都考察").append("version", 1));
            }
            assertThat(Files.exists(stack.mongoFile())).isTrue();

            stack.stop(LocalStack.MONGO);
            assertThat(stack.isRunning(LocalStack.MONGO)).isFalse();
            stack.start(LocalStack.MONGO);
            try (MongoClient client = MongoClients.create(stack.mongoUri())) {
                Document found = collection(client).find(Filters.eq("_id", "D-1")).first();
                assertThat(found).isNotNull();
                assertThat(found.getString("titleZh")).isEqualTo("赴京都考察");
                collection(client).updateOne(Filters.eq("_id", "D-1"), Updates.set("version", 2));
            }
            assertThat(Files.readString(stack.logFile(LocalStack.MONGO))).contains("Mongo wire server stopped");
        }

        try (LocalStack stack = mongoOnly()) {
            assertThat(stack.mongoPort()).isNotEqualTo(firstPort);
            try (MongoClient client = MongoClients.create(stack.mongoUri())) {
                Document found = collection(client).find(Filters.eq("_id", "D-1")).first();
                assertThat(found).isNotNull();
                assertThat(found.getInteger("version")).isEqualTo(2);
                assertThat(collection(client).countDocuments()).isEqualTo(1);
            }
        }
    }

    @Test
    void aDataDirServesOneRunningStackOnly() {
        try (LocalStack first = mongoOnly()) {
            LocalStack second = LocalStack.builder().dataDir(data).randomPorts().only(LocalStack.MONGO).quiet(true)
                    .build();
            assertThatThrownBy(second::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running local stack");
            assertThat(second.isRunning(LocalStack.MONGO)).isFalse();
            assertThat(first.isRunning(LocalStack.MONGO)).isTrue();
        }
        // released on close
        try (LocalStack again = mongoOnly()) {
            assertThat(again.isRunning(LocalStack.MONGO)).isTrue();
        }
    }

    private LocalStack mongoOnly() {
        return LocalStack.builder().dataDir(data).randomPorts().only(LocalStack.MONGO).quiet(true).build().start();
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("travel").getCollection("delegations");
    }
}
