package io.waishi.platform.mongo;

import com.mongodb.ConnectionString;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;

/**
 * Points Spring Boot's MongoDB client at {@code MONGODB_URI} when it is set, and otherwise at an embedded
 * wire-protocol server started for this process.
 */
public class WaishiMongoConnectionDetails implements MongoConnectionDetails, DisposableBean {

    private final ConnectionString connectionString;
    private final EmbeddedMongoServer embeddedServer;

    public WaishiMongoConnectionDetails(WaishiMongoProperties properties) {
        if (properties.hasUri()) {
            this.embeddedServer = null;
            this.connectionString = new ConnectionString(properties.uri());
        } else {
            this.embeddedServer = new EmbeddedMongoServer(properties.embedded());
            this.connectionString = new ConnectionString(embeddedServer.connectionString());
        }
    }

    @Override
    public ConnectionString getConnectionString() {
        return connectionString;
    }

    public boolean isEmbedded() {
        return embeddedServer != null;
    }

    @Override
    public void destroy() {
        if (embeddedServer != null) {
            embeddedServer.destroy();
        }
    }
}
