package io.waishi.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The contract is complete and consistent: every type has a schema, an example and an AsyncAPI entry. */
class ContractsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeHasASchemaNamedByItsDataSchemaUri(EventType type) throws IOException {
        JsonNode schema = JSON.readTree(resource(type.schemaResource()));
        assertThat(schema.get("$id").asString()).isEqualTo(type.dataSchema().toString());
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypesExampleMatchesItsSchema(EventType type) throws IOException {
        assertThat(EventSchemas.problems(type, resource(exampleOf(type)))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemasRejectDataMissingARequiredField(EventType type) throws IOException {
        JsonNode schema = JSON.readTree(resource(type.schemaResource()));
        String firstRequired = schema.get("required").get(0).asString();
        Map<?, ?> example = JSON.readValue(resource(exampleOf(type)), Map.class);
        example.remove(firstRequired);
        assertThat(EventSchemas.problems(type, JSON.writeValueAsString(example))).isNotEmpty();
    }

    @Test
    void schemasIgnoreFieldsAddedLater() throws IOException {
        Map<String, Object> example = JSON.readValue(resource(exampleOf(EventType.DELEGATION_APPROVED)), Map.class);
        example.put("fieldOfAFutureMinorVersion", "tolerated");
        assertThat(EventSchemas.problems(EventType.DELEGATION_APPROVED, JSON.writeValueAsString(example))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAsyncApiDocumentListsEveryTypeOnItsTopic() throws IOException {
        Map<String, Object> asyncApi = new Yaml().load(resource("/asyncapi.yaml"));
        assertThat(asyncApi.get("asyncapi")).isEqualTo("3.0.0");
        Map<String, Map<String, Object>> messages =
                (Map<String, Map<String, Object>>) ((Map<String, Object>) asyncApi.get("components")).get("messages");
        Map<String, Map<String, Object>> channels = (Map<String, Map<String, Object>>) asyncApi.get("channels");
        for (EventType type : EventType.values()) {
            Map.Entry<String, Map<String, Object>> message = messages.entrySet().stream()
                    .filter(entry -> type.typeName().equals(entry.getValue().get("name")))
                    .findFirst().orElseThrow(() -> new AssertionError("AsyncAPI lacks " + type.typeName()));
            assertThat(((Map<String, Object>) message.getValue().get("payload")).get("$ref"))
                    .isEqualTo("." + type.schemaResource());
            assertThat(channels.values()).anySatisfy(channel -> {
                assertThat(channel.get("address")).isEqualTo(type.topic().topicName());
                assertThat(((Map<String, Object>) channel.get("messages")).keySet()).contains(message.getKey());
            });
        }
    }

    @Test
    void noSchemaWithoutAnEventType() throws IOException {
        Path folder = Path.of("src/main/resources/io/waishi/contracts/schemas");
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(file -> file.getFileName().toString().replace(".json", "")).toList();
            assertThat(names).allSatisfy(name -> assertThat(EventType.byTypeName(name)).isPresent());
        }
    }

    private static String exampleOf(EventType type) {
        return "/io/waishi/contracts/examples/" + type.typeName() + ".json";
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ContractsTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
