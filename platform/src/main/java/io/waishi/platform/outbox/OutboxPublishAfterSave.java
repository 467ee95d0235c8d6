package io.waishi.platform.outbox;

import io.waishi.platform.domain.AggregateRoot;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;

/** Starts publishing right after a write that stored new events, so they leave within milliseconds. */
public class OutboxPublishAfterSave implements AfterSaveCallback<AggregateRoot> {

    // Looked up lazily: Spring Data collects callbacks while it builds the MongoTemplate the relay needs.
    private final ObjectProvider<OutboxRelay> relay;

    public OutboxPublishAfterSave(ObjectProvider<OutboxRelay> relay) {
        this.relay = relay;
    }

    @Override
    public AggregateRoot onAfterSave(AggregateRoot aggregate, Document document, String collection) {
        if (!aggregate.outbox().isEmpty()) {
            relay.getObject().publishSoon(collection, document.get("_id"));
        }
        return aggregate;
    }
}
