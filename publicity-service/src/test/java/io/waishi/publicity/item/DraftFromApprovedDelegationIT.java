package io.waishi.publicity.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.contracts.EventSchemas;
import io.waishi.contracts.EventType;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.platform.testing.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

/** An approved delegation opens one news draft in the editors' queue, however often it is delivered. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestTokens.KEY_PROPERTY, TestTokens.ISSUER_PROPERTY, TestTokens.AUDIENCE_PROPERTY,
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1)
class DraftFromApprovedDelegationIT {

    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    TestHttp http;
    final String editor = TestTokens.token("ma.editor", "PUBLICITY_EDITOR");

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://127.0.0.1:" + port);
    }

    @Test
    void anApprovalDeliveredThreeTimesOpensOneDraft() {
        String eventId = TestKafka.newId();
        String delegationId = TestKafka.newId();
        String approval = approval(delegationId);
        for (int delivery = 0; delivery < 3; delivery++) {
            TestKafka.publish(brokers, TestKafka.cloudEvent(EventType.DELEGATION_APPROVED, eventId, delegationId, approval));
        }
        String marker = TestKafka.newId();
        TestKafka.publish(brokers, TestKafka.cloudEvent(EventType.DELEGATION_APPROVED, TestKafka.newId(), marker,
                approval(marker)));

        await().atMost(Duration.ofSeconds(20)).until(() -> draftsAbout(marker).size() == 1);
        List<JsonNode> drafts = draftsAbout(delegationId);
        assertThat(drafts).hasSize(1);
        JsonNode draft = drafts.get(0);
        assertThat(draft.get("kind").asString()).isEqualTo("NEWS");
        assertThat(draft.get("title").get("zh").asString()).contains("赴日本教育交流");
        assertThat(draft.get("title").get("en").asString()).contains("Education exchange");
        assertThat(draft.get("summary").get("en").asString()).contains("2027-03-10").contains("JP");
        assertThat(draft.get("origin").get("eventId").asString()).isEqualTo(eventId);
        assertThat(draft.get("about").get("delegationId").asString()).isEqualTo(delegationId);
        assertThat(draft.get("versions")).hasSize(2);

        String itemId = draft.get("id").asString();
        List<ConsumerRecord<String, String>> drafted = await().atMost(Duration.ofSeconds(20))
                .until(() -> TestKafka.readAll(brokers, "waishi.publicity.items").stream()
                        .filter(r -> itemId.equals(r.key())).toList(), list -> list.size() == 1);
        assertThat(EventSchemas.problems(EventType.ITEM_DRAFTED, drafted.get(0).value())).isEmpty();
    }

    @Test
    void draftsAreNotForOtherRoles() {
        assertThat(http.get("/api/publicity/items", TestTokens.user("li.clerk").roles("UNIT_CLERK").unit("U-EDU").build())
                .status()).isEqualTo(403);
    }

    @Test
    void anEditorOpensADraftByHand() {
        TestHttp.Answer answer = http.post("/api/publicity/items", editor, TestHttp.json(Map.of("kind", "STORY",
                "zh", Map.of("title", "铜川周在日本"))));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("origin").get("kind").asString()).isEqualTo("MANUAL");
        assertThat(answer.json().get("title").get("zh").asString()).isEqualTo("铜川周在日本");
    }

    private List<JsonNode> draftsAbout(String delegationId) {
        JsonNode page = http.get("/api/publicity/items?status=DRAFT&size=100", editor).json();
        return page.get("items").valueStream()
                .filter(item -> item.get("origin").has("subject")
                        && item.get("origin").get("subject").asString().equals(delegationId))
                .toList();
    }

    private static String approval(String delegationId) {
        return TestHttp.json(Map.of("delegationId", delegationId, "unit", "U-EDU",
                "title", Map.of("zh", "赴日本教育交流", "en", "Education exchange"),
                "destinationCountries", List.of("JP"), "departureDate", "2027-03-10", "returnDate", "2027-03-14",
                "memberCount", 2, "approvedAt", "2026-11-20T02:00:00Z"));
    }
}
