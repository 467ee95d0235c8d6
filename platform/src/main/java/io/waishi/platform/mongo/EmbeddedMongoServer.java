package io.waishi.platform.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server inside the service's JVM (mongo-java-server): the real driver talks to
 * it over TCP. Memory backend for tests, H2 file backend when data must survive a restart. DESIGN.md §4
 * explains why and what it cannot do (no multi-document transactions, no {@code $text}).
 */
public class EmbeddedMongoServer {

    private final MongoServer server;
    private final String connectionString;

    public EmbeddedMongoServer(WaishiMongoProperties.Embedded settings) {
        this.server = new MongoServer(backend(settings));
        server.bind("127.0.0.1", settings.port());
        this.connectionString = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    private static MongoBackend backend(WaishiMongoProperties.Embedded settings) {
        if ("h2".equalsIgnoreCase(settings.backend())) {
            if (settings.file() == null || settings.file().isBlank()) {
                throw new IllegalStateException("waishi.mongo.embedded.file is required for the h2 backend");
            }
            Path file = Path.of(settings.file()).toAbsolutePath();
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new H2Backend(file.toString());
        }
        if (!"memory".equalsIgnoreCase(settings.backend())) {
            throw new IllegalStateException("Unknown waishi.mongo.embedded.backend " + settings.backend()
                    + " (memory or h2)");
        }
        return new MemoryBackend();
    }

    public String connectionString() {
        return connectionString;
    }

    public void destroy() {
        server.shutdown();
    }
}
