package io.waishi.contracts;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Validates event data against the JSON Schemas of this module. Producers use it in tests; partners
 * can use the same schemas from the jar or from {@code contracts/src/main/resources}.
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<EventType, Schema> SCHEMAS = new EnumMap<>(EventType.class);

    private EventSchemas() {
    }

    /** The problems found in {@code json} as data of {@code type}; empty when it conforms. */
    public static List<String> problems(EventType type, String json) {
        return schema(type).validate(json, InputFormat.JSON).stream()
                .map(Object::toString)
                .toList();
    }

    private static synchronized Schema schema(EventType type) {
        return SCHEMAS.computeIfAbsent(type, EventSchemas::load);
    }

    private static Schema load(EventType type) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("No JSON Schema at " + type.schemaResource());
            }
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
