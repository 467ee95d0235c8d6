package io.waishi.publicity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.contracts.EventSchemas;
import io.waishi.contracts.EventType;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import io.waishi.platform.testing.TestClock;
import io.waishi.platform.testing.TestKafka;
import io.waishi.publicity.PublicityOverHttp;
import io.waishi.publicity.country.AlertLevel;
import io.waishi.publicity.country.CountryProfiles;
import io.waishi.publicity.item.ContentItem;
import io.waishi.publicity.item.ContentItems;
import io.waishi.publicity.item.ItemStatus;
import io.waishi.publicity.publication.PublicationService;
import io.waishi.publicity.publication.PublicationStatus;
import io.waishi.publicity.review.Review;
import io.waishi.publicity.review.ReviewStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * The demo publicity office as the local stack's {@code --demo} loads it, on 1 December 2026: what the public
 * site shows (and does not), an item waiting at each review step, the partner countries' profiles with their
 * alert levels announced — and a second load adds nothing.
 */
@Import(TestClock.InContext.class)
// Nobody else shares this context (its clock is ours, and the demo's fixed ids and countries).
@DirtiesContext
class PublicityDemoDataIT extends PublicityOverHttp {

    private static final String ITEMS = "/api/publicity/items";
    private static final Actor AUDITOR = Actor.of("sun.auditor", null, Role.AUDITOR);

    @Autowired
    TestClock clock;
    @Autowired
    PublicityDemoData demo;
    @Autowired
    ContentItems items;
    @Autowired
    PublicationService publishing;
    @Autowired
    CountryProfiles profiles;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void theDemoOfficeStandsWhereItShouldAndLoadsOnce() {
        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        demo.load();
        long itemCount = items.count();
        demo.load();
        assertThat(items.count()).isEqualTo(itemCount).isEqualTo(9);
        assertThat(profiles.count()).isEqualTo(6);

        // The public site: the Bonghwa feature in four languages, the others in Chinese (and English).
        assertThat(publicIds("zh")).containsExactlyInAnyOrder(PublicityDemoData.BONGHWA_FEATURE,
                PublicityDemoData.SETO_WEEK_NEWS, PublicityDemoData.YAOZHOU_SHOWCASE);
        assertThat(publicIds("en")).containsExactlyInAnyOrder(PublicityDemoData.BONGHWA_FEATURE,
                PublicityDemoData.SETO_WEEK_NEWS);
        assertThat(publicIds("ja")).containsExactly(PublicityDemoData.BONGHWA_FEATURE);
        assertThat(publicIds("ko")).containsExactly(PublicityDemoData.BONGHWA_FEATURE);
        assertThat(http.get("/public/items/" + PublicityDemoData.GERMAN_FORUM_NOTICE + "?language=zh", null).status())
                .as("retracted").isEqualTo(404);
        assertThat(items.findById(PublicityDemoData.GERMAN_FORUM_NOTICE).orElseThrow().status())
                .isEqualTo(ItemStatus.RETRACTED);

        // The English showcase is embargoed until 09:00 office time three days on, then goes out.
        assertThat(publishing.of(AUDITOR, PublicityDemoData.YAOZHOU_SHOWCASE).publications())
                .filteredOn(p -> p.language().equals("en")).singleElement().satisfies(scheduled -> {
                    assertThat(scheduled.status()).isEqualTo(PublicationStatus.SCHEDULED);
                    assertThat(scheduled.scheduledAt()).isEqualTo(Instant.parse("2026-12-04T01:00:00Z"));
                });
        clock.set(Instant.parse("2026-12-04T01:00:00Z"));
        publishing.publishDue();
        assertThat(publicIds("en")).contains(PublicityDemoData.YAOZHOU_SHOWCASE);

        // One item waits at each step of the three reviews; one was sent back with the comments.
        assertThat(review(PublicityDemoData.YOUTH_CAMP_NOTICE).state()).isEqualTo(Review.State.DRAFT);
        assertThat(review(PublicityDemoData.APPLE_TECHNICIAN_STORY).step()).isEqualTo(ReviewStep.FIRST_REVIEW);
        assertThat(review(PublicityDemoData.PARTNER_SCHOOLS_NEWS).step()).isEqualTo(ReviewStep.SECOND_REVIEW);
        assertThat(review(PublicityDemoData.YORBA_LINDA_FEATURE).step()).isEqualTo(ReviewStep.FINAL_REVIEW);
        Review sentBack = review(PublicityDemoData.SIGNING_DATE_NEWS);
        assertThat(sentBack.state()).isEqualTo(Review.State.SENT_BACK);
        assertThat(sentBack.decisions().get(sentBack.decisions().size() - 1).comment()).contains("缔结日期");
        assertThat(queue("FIRST_REVIEW", editor)).containsExactly(PublicityDemoData.APPLE_TECHNICIAN_STORY);
        assertThat(queue("SECOND_REVIEW", sectionHead)).containsExactly(PublicityDemoData.PARTNER_SCHOOLS_NEWS);
        assertThat(queue("FINAL_REVIEW&language=zh", leader)).containsExactly(PublicityDemoData.YORBA_LINDA_FEATURE);
        assertThat(queue("FINAL_REVIEW&language=en", leader)).isEmpty();
        assertThat(http.get(ITEMS + "?waitingFor=THIRD_REVIEW", leader).status()).isEqualTo(400);

        // The partner countries are public with their levels; Brazil is still in review, its warning is not.
        JsonNode countries = http.get("/public/countries?size=50", null).json().get("items");
        assertThat(countries.valueStream().map(country -> country.get("countryCode").asString()).toList())
                .containsExactlyInAnyOrderElementsOf(PublicityDemoData.PUBLISHED_COUNTRIES);
        assertThat(http.get("/public/countries/BR", null).status()).isEqualTo(404);
        assertThat(profiles.findById(PublicityDemoData.COUNTRY_IN_REVIEW).orElseThrow().alertLevel())
                .isEqualTo(AlertLevel.of(2));
        List<ConsumerRecord<String, String>> announced = await().atMost(Duration.ofSeconds(20))
                .until(this::alertLevelChanges, list -> list.size() >= 6);
        assertThat(announced).hasSize(6);
        announced.forEach(record -> assertThat(EventSchemas.problems(EventType.COUNTRY_ALERT_LEVEL_CHANGED,
                record.value())).as(record.value()).isEmpty());
    }

    private List<String> publicIds(String language) {
        JsonNode page = http.get("/public/items?size=50&language=" + language, null).json();
        return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private List<String> queue(String waitingFor, String token) {
        JsonNode page = http.get(ITEMS + "?waitingFor=" + waitingFor, token).json();
        return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private Review review(String itemId) {
        ContentItem item = items.findById(itemId).orElseThrow();
        return item.review("zh");
    }

    private List<ConsumerRecord<String, String>> alertLevelChanges() {
        return TestKafka.readAll(brokers, EventType.COUNTRY_ALERT_LEVEL_CHANGED.topic().topicName()).stream()
                .filter(record -> EventType.COUNTRY_ALERT_LEVEL_CHANGED.typeName()
                        .equals(TestKafka.header(record, "ce_type")))
                .toList();
    }
}
