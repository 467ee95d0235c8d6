package io.waishi.platform.audit;

import io.waishi.platform.domain.AggregateRoot;
import java.util.List;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;

/** Starts chaining right after a write that stored audit entries, so they reach the trail within milliseconds. */
public class AuditChainAfterSave implements AfterSaveCallback<AggregateRoot> {

    // Looked up lazily: Spring Data collects callbacks while it builds the MongoTemplate the relay needs.
    private final ObjectProvider<AuditRelay> relay;

    public AuditChainAfterSave(ObjectProvider<AuditRelay> relay) {
        this.relay = relay;
    }

    @Override
    public AggregateRoot onAfterSave(AggregateRoot aggregate, Document document, String collection) {
        if (!document.getList(AuditRecorder.PENDING_FIELD, Object.class, List.of()).isEmpty()) {
            relay.getObject().chainSoon(collection, document.get("_id"));
        }
        return aggregate;
    }
}
