package io.waishi.platform.outbox;

import io.waishi.platform.domain.AggregateRoot;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/** The collections that hold aggregates, and so may hold pending events. */
public class OutboxCollections {

    private final MongoMappingContext mappingContext;

    public OutboxCollections(MongoMappingContext mappingContext) {
        this.mappingContext = mappingContext;
    }

    public List<String> names() {
        return mappingContext.getPersistentEntities().stream()
                .filter(entity -> AggregateRoot.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .distinct()
                .toList();
    }
}
