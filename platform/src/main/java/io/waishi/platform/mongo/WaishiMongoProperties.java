package io.waishi.platform.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which MongoDB a service talks to.
 *
 * @param uri      a real MongoDB (a replica set in production), from {@code MONGODB_URI}; when blank the
 *                 service starts its own embedded wire-protocol server
 * @param embedded the embedded server, for tests and for running one service alone
 */
@ConfigurationProperties("waishi.mongo")
public record WaishiMongoProperties(String uri, Embedded embedded) {

    public WaishiMongoProperties {
        embedded = embedded == null ? new Embedded(null, null, null) : embedded;
    }

    public boolean hasUri() {
        return uri != null && !uri.isBlank();
    }

    /**
     * @param backend {@code memory} (default) or {@code h2}
     * @param file    the H2 file when the backend is h2
     * @param port    the port to listen on, 0 for any free one
     */
    public record Embedded(String backend, String file, Integer port) {

        public Embedded {
            backend = backend == null ? "memory" : backend;
            port = port == null ? 0 : port;
        }
    }
}
