package io.waishi.platform.sample;

import io.waishi.contracts.EventType;
import io.waishi.platform.inbound.InboundEvent;
import io.waishi.platform.inbound.InboundEventHandler;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
public class DelegationApprovedHandler extends InboundEventHandler<DelegationApprovedHandler.Approved> {

    public record Approved(String delegationId, int memberCount) {
    }

    /** Lets a test make the handler fail, as a downstream outage would. */
    public static final AtomicBoolean FAILING = new AtomicBoolean();

    private final MongoTemplate mongo;

    DelegationApprovedHandler(MongoTemplate mongo) {
        super(EventType.DELEGATION_APPROVED, Approved.class);
        this.mongo = mongo;
    }

    @Override
    public void handle(InboundEvent<Approved> event) {
        if (FAILING.get()) {
            throw new IllegalStateException("downstream unavailable");
        }
        mongo.insert(new Visit(event.derivedId("visit"), event.data().delegationId(), event.id()));
    }
}
