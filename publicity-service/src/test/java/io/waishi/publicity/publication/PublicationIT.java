package io.waishi.publicity.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.contracts.EventSchemas;
import io.waishi.contracts.EventType;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.publicity.PublicityOverHttp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An item through the three reviews, published on the website in Chinese over HTTP: the event on
 * {@code waishi.publicity.items}; the channel and review rules; retraction withdraws and is announced.
 */
class PublicationIT extends PublicityOverHttp {

    private static final String ITEMS = "/api/publicity/items";

    @Autowired
    PublicationService service;

    @Test
    void aReviewedItemIsPublishedOnTheWebsiteAndRetracted() {
        String marker = TestKafka.newId().substring(0, 8);
        TestHttp.Answer created = send("POST", ITEMS, editor, null, Map.of("kind", "NEWS",
                "about", Map.of("partnerCityId", "pc-" + marker), "zh", Map.of("title", "发布测试 " + marker)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String etag = created.header("ETag");
        etag = ok(send("PUT", ITEMS + "/" + id + "/versions/en", editor, etag,
                Map.of("title", "Publishing test " + marker, "translator", "Lisa Wang")));
        etag = ok(send("POST", ITEMS + "/" + id + "/versions/zh/submit", editor, etag, null));
        etag = ok(send("POST", ITEMS + "/" + id + "/versions/zh/review/approve", editor, etag, null));
        etag = ok(send("POST", ITEMS + "/" + id + "/versions/zh/review/approve", sectionHead, etag, null));
        etag = ok(send("POST", ITEMS + "/" + id + "/versions/zh/review/approve", leader, etag, null));

        String publications = ITEMS + "/" + id + "/publications";
        TestHttp.Answer unreviewed = send("POST", publications, editor, null,
                Map.of("channel", "WEBSITE", "language", "en"));
        assertThat(unreviewed.status()).as(unreviewed.body()).isEqualTo(422);
        assertThat(unreviewed.body()).contains(PublicationRules.NOT_FINALLY_REVIEWED, "DRAFT");
        TestHttp.Answer wechatEnglish = send("POST", publications, editor, null,
                Map.of("channel", "WECHAT", "language", "en"));
        assertThat(wechatEnglish.status()).as(wechatEnglish.body()).isEqualTo(422);
        assertThat(wechatEnglish.body()).contains(PublicationRules.CHANNEL_LANGUAGE_NOT_TAKEN);
        assertThat(send("POST", publications, leader, null, Map.of("channel", "WEBSITE", "language", "zh"))
                .status()).isEqualTo(403);
        assertThat(send("POST", publications, editor, null, Map.of("channel", "WEBSITE", "language", "zh",
                "at", "2020-01-01T09:00:00")).status()).isEqualTo(422);

        TestHttp.Answer published = send("POST", publications, editor, null,
                Map.of("channel", "WEBSITE", "language", "zh"));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.json().get("revision").asInt()).isEqualTo(1);
        TestHttp.Answer again = send("POST", publications, editor, null, Map.of("channel", "WEBSITE", "language", "zh"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains(PublicationRules.ALREADY_ON_CHANNEL);
        TestHttp.Answer scheduled = send("POST", publications, editor, null, Map.of("channel", "WEIBO",
                "language", "zh", "at", "2099-01-01T09:00:00"));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        assertThat(scheduled.json().get("scheduledAt").asString()).isEqualTo("2099-01-01T01:00:00Z");

        JsonNode listed = http.get(publications, auditor).json();
        assertThat(listed.get("publications")).hasSize(2);
        assertThat(http.get(publications, clerk).status()).isEqualTo(403);

        ConsumerRecord<String, String> event = await().atMost(Duration.ofSeconds(20))
                .until(() -> events(id, EventType.ITEM_PUBLISHED), list -> !list.isEmpty()).get(0);
        assertThat(EventSchemas.problems(EventType.ITEM_PUBLISHED, event.value())).isEmpty();
        JsonNode payload = TestHttp.JSON_MAPPER.readTree(event.value());
        assertThat(payload.get("channel").asString()).isEqualTo("WEBSITE");
        assertThat(payload.get("language").asString()).isEqualTo("zh");
        assertThat(payload.get("partnerCityId").asString()).isEqualTo("pc-" + marker);
        assertThat(payload.get("title").get("en").asString()).isEqualTo("Publishing test " + marker);

        ok(send("POST", ITEMS + "/" + id + "/retract", leader, etag, Map.of("reason", "信息有误")));
        service.publishDue();
        service.publishDue();
        JsonNode after = http.get(publications, editor).json().get("publications");
        assertThat(after.valueStream().map(p -> p.get("status").asString())).containsOnly("WITHDRAWN");
        List<ConsumerRecord<String, String>> retracted = await().atMost(Duration.ofSeconds(20))
                .until(() -> events(id, EventType.ITEM_RETRACTED), list -> !list.isEmpty());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> events(id, EventType.ITEM_RETRACTED).size() == 1);
        assertThat(EventSchemas.problems(EventType.ITEM_RETRACTED, retracted.get(0).value())).isEmpty();
        assertThat(send("POST", "/api/publicity/publications/" + published.json().get("publicationId").asString()
                + "/withdraw", editor, null, null).status()).isEqualTo(409);
    }

    private List<ConsumerRecord<String, String>> events(String itemId, EventType type) {
        return TestKafka.readAll(brokers, "waishi.publicity.items").stream()
                .filter(record -> itemId.equals(record.key()))
                .filter(record -> type.typeName().equals(TestKafka.header(record, "ce_type")))
                .toList();
    }

    private static String ok(TestHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.header("ETag");
    }
}
