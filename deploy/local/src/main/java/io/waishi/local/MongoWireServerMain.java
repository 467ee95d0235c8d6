package io.waishi.local;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CountDownLatch;
import org.h2.mvstore.MVStore;

/**
 * The MongoDB wire server of the local stack as a process of its own:
 * {@code MongoWireServerMain --port P --file <data>/mongo/waishi.mv [--host 127.0.0.1] [--commit-delay-ms 200]}.
 *
 * <p>Data lives in one H2 MVStore file. Writes are committed to the file every {@code --commit-delay-ms}
 * (H2's own background commit) and on shutdown: SIGTERM runs the shutdown hook, which stops listening,
 * closes the backend and so the store, leaving the file consistent. After a kill -9 the store reopens at
 * its last commit.
 */
public final class MongoWireServerMain {

    private MongoWireServerMain() {
    }

    public static void main(String[] args) throws Exception {
        String host = "127.0.0.1";
        int port = 27017;
        Path file = null;
        int commitDelayMillis = 200;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--host" -> host = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--file" -> file = Paths.get(args[++i]).toAbsolutePath();
                case "--commit-delay-ms" -> commitDelayMillis = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: MongoWireServerMain --port P --file FILE.mv [--host H] [--commit-delay-ms N]");
                    System.exit(2);
                }
            }
        }
        if (file == null) {
            System.err.println("--file is required");
            System.exit(2);
        }
        ParentWatchdog.watch("mongo");
        Path storeFile = file;
        Files.createDirectories(storeFile.getParent());

        MVStore store = new MVStore.Builder().fileName(storeFile.toString()).open();
        store.setAutoCommitDelay(commitDelayMillis);
        H2Backend backend = new H2Backend(store);
        MongoServer server = new MongoServer(backend);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Mongo wire server stopping; closing " + storeFile);
            try {
                server.shutdown(); // stops listening and closes the backend
            } finally {
                if (!store.isClosed()) {
                    store.close();
                }
                System.out.println("Mongo wire server stopped");
                stopped.countDown();
            }
        }, "mongo-shutdown"));
        server.bind(host, port);
        System.out.println("Mongo wire server listening on mongodb://" + host + ":" + port + " (H2 file " + storeFile + ")");
        stopped.await();
    }
}
