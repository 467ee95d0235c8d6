package io.waishi.publicity.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.publicity.item.ContentItem;
import io.waishi.publicity.item.ItemDraft;
import io.waishi.publicity.item.ItemKind;
import io.waishi.publicity.item.ItemLinks;
import io.waishi.publicity.item.Languages;
import io.waishi.publicity.item.VersionText;
import io.waishi.publicity.publication.PublicationEvents.ItemPublished;
import io.waishi.publicity.publication.PublicationEvents.ItemRetracted;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemPublicationsTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final Instant EMBARGO = NOW.plus(Duration.ofHours(6));
    static final Actor EDITOR = Actor.of("ma.editor", null, Role.PUBLICITY_EDITOR);
    static final Actor SECTION_HEAD = Actor.of("he.section", null, Role.PUBLICITY_SECTION_HEAD);
    static final Actor LEADER = Actor.of("zhou.leader", null, Role.PUBLICITY_LEADER);

    static ContentItem item() {
        ContentItem item = ContentItem.draft("i-1", EDITOR, new ItemDraft(ItemKind.NEWS, List.of(), List.of(),
                new ItemLinks("pc-1", null, null), VersionText.of("铜川周在日本", "在姬路开幕", "<p>正文</p>")), NOW);
        item.addTranslation(EDITOR, "en", VersionText.of("Tongchuan Week", null, null), "Lisa", Languages.DEFAULT,
                NOW);
        return item;
    }

    static void approve(ContentItem item, String language) {
        item.submit(EDITOR, language, NOW);
        item.approve(EDITOR, language, null, NOW);
        item.approve(SECTION_HEAD, language, null, NOW);
        item.approve(LEADER, language, null, NOW);
    }

    static List<String> codes(Runnable act) {
        try {
            act.run();
        } catch (RuleViolationException e) {
            return e.violations().stream().map(RuleViolation::code).toList();
        }
        throw new AssertionError("no rule violated");
    }

    @Test
    void publishingBeforeTheFinalReviewIsRefused() {
        ContentItem item = item();
        item.submit(EDITOR, "zh", NOW);
        item.approve(EDITOR, "zh", null, NOW);
        item.approve(SECTION_HEAD, "zh", null, NOW);
        ItemPublications publications = ItemPublications.of("i-1");
        assertThat(codes(() -> publications.publish(EDITOR, item, Channel.WEBSITE, "zh", null, NOW)))
                .containsExactly(PublicationRules.NOT_FINALLY_REVIEWED);
        assertThatThrownBy(() -> publications.publish(EDITOR, item, Channel.WEBSITE, "zh", null, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations().get(0)
                        .parameters()).containsEntry("state", "IN_REVIEW"));
        assertThat(publications.publications()).isEmpty();
        assertThat(publications.recordedEvents()).isEmpty();
    }

    @Test
    void anEditorPublishesAFinallyReviewedVersionNow() {
        ContentItem item = item();
        approve(item, "zh");
        ItemPublications publications = ItemPublications.of("i-1");
        assertThatThrownBy(() -> publications.publish(LEADER, item, Channel.WEBSITE, "zh", null, NOW))
                .isInstanceOf(ActNotPermittedException.class);
        Publication published = publications.publish(EDITOR, item, Channel.WEBSITE, "zh", null, NOW);
        assertThat(published.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(NOW);
        assertThat(published.revision()).isEqualTo(1);
        assertThat(published.scheduledBy()).isEqualTo("ma.editor");
        assertThat(publications.recordedEvents()).singleElement().isInstanceOfSatisfying(ItemPublished.class, e -> {
            assertThat(e.itemId()).isEqualTo("i-1");
            assertThat(e.channel()).isEqualTo(Channel.WEBSITE);
            assertThat(e.partnerCityId()).isEqualTo("pc-1");
            assertThat(e.title().zh()).isEqualTo("铜川周在日本");
        });
    }

    @Test
    void theChannelMustTakeTheLanguageAndAllRulesAreCheckedTogether() {
        ContentItem item = item();
        approve(item, "zh");
        ItemPublications publications = ItemPublications.of("i-1");
        assertThat(codes(() -> publications.publish(EDITOR, item, Channel.FOREIGN_SITE, "zh", null, NOW)))
                .containsExactly(PublicationRules.CHANNEL_LANGUAGE_NOT_TAKEN);
        assertThat(codes(() -> publications.publish(EDITOR, item, Channel.WECHAT, "en", NOW.minusSeconds(1), NOW)))
                .containsExactly(PublicationRules.NOT_FINALLY_REVIEWED, PublicationRules.CHANNEL_LANGUAGE_NOT_TAKEN,
                        PublicationRules.SCHEDULE_NOT_IN_FUTURE);
    }

    @Test
    void aVersionGoesOnAChannelOnceUntilWithdrawn() {
        ContentItem item = item();
        approve(item, "zh");
        ItemPublications publications = ItemPublications.of("i-1");
        Publication scheduled = publications.publish(EDITOR, item, Channel.WECHAT, "zh", EMBARGO, NOW);
        assertThat(codes(() -> publications.publish(EDITOR, item, Channel.WECHAT, "zh", null, NOW)))
                .containsExactly(PublicationRules.ALREADY_ON_CHANNEL);
        publications.publish(EDITOR, item, Channel.WEIBO, "zh", null, NOW);
        publications.withdraw(EDITOR, scheduled.publicationId(), NOW);
        assertThat(scheduled.status()).isEqualTo(PublicationStatus.WITHDRAWN);
        assertThat(scheduled.withdrawal()).isEqualTo(Publication.Withdrawal.UNSCHEDULED);
        assertThatThrownBy(() -> publications.withdraw(EDITOR, scheduled.publicationId(), NOW))
                .isInstanceOf(ActNotAllowedInStateException.class);
        assertThat(publications.publish(EDITOR, item, Channel.WECHAT, "zh", null, NOW).status())
                .isEqualTo(PublicationStatus.PUBLISHED);
    }

    @Test
    void aScheduleInThePastIsRefused() {
        ContentItem item = item();
        approve(item, "zh");
        ItemPublications publications = ItemPublications.of("i-1");
        assertThat(codes(() -> publications.publish(EDITOR, item, Channel.WEBSITE, "zh", NOW, NOW)))
                .containsExactly(PublicationRules.SCHEDULE_NOT_IN_FUTURE);
    }

    @Test
    void theEmbargoGoesOutWhenItsTimeComesOnce() {
        ContentItem item = item();
        approve(item, "zh");
        ItemPublications publications = ItemPublications.of("i-1");
        Publication scheduled = publications.publish(EDITOR, item, Channel.WEBSITE, "zh", EMBARGO, NOW);
        assertThat(scheduled.status()).isEqualTo(PublicationStatus.SCHEDULED);
        assertThat(publications.recordedEvents()).isEmpty();

        assertThat(publications.catchUp(item, EMBARGO.minusSeconds(1))).isFalse();
        assertThat(scheduled.status()).isEqualTo(PublicationStatus.SCHEDULED);

        assertThat(publications.catchUp(item, EMBARGO)).isTrue();
        assertThat(scheduled.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(scheduled.publishedAt()).isEqualTo(EMBARGO);
        assertThat(publications.recordedEvents()).singleElement().isInstanceOf(ItemPublished.class);

        assertThat(publications.catchUp(item, EMBARGO.plusSeconds(60))).isFalse();
        assertThat(publications.recordedEvents()).hasSize(1);
    }

    @Test
    void anItemRetractedBeforeItsEmbargoIsWithdrawnAndTheRetractionAnnouncedOnce() {
        ContentItem item = item();
        approve(item, "zh");
        approve(item, "en");
        ItemPublications publications = ItemPublications.of("i-1");
        Publication scheduled = publications.publish(EDITOR, item, Channel.WEBSITE, "zh", EMBARGO, NOW);
        Publication published = publications.publish(EDITOR, item, Channel.OVERSEAS_MEDIA, "en", null, NOW);
        item.retract(LEADER, "信息有误", NOW.plusSeconds(60));

        assertThat(publications.catchUp(item, EMBARGO)).isTrue();
        assertThat(scheduled.status()).isEqualTo(PublicationStatus.WITHDRAWN);
        assertThat(published.status()).isEqualTo(PublicationStatus.WITHDRAWN);
        assertThat(scheduled.withdrawal()).isEqualTo(Publication.Withdrawal.ITEM_RETRACTED);
        assertThat(publications.recordedEvents()).last().isInstanceOfSatisfying(ItemRetracted.class, e -> {
            assertThat(e.reason()).isEqualTo("信息有误");
            assertThat(e.retractedAt()).isEqualTo(NOW.plusSeconds(60));
        });
        int events = publications.recordedEvents().size();
        assertThat(publications.catchUp(item, EMBARGO.plusSeconds(60))).isFalse();
        assertThat(publications.recordedEvents()).hasSize(events);
        assertThatThrownBy(() -> publications.publish(EDITOR, item, Channel.WEIBO, "zh", null, EMBARGO))
                .isInstanceOf(ActNotAllowedInStateException.class);
    }

    @Test
    void aCorrectionInReviewHoldsTheEmbargoUntilApprovedAgain() {
        ContentItem item = item();
        approve(item, "zh");
        ItemPublications publications = ItemPublications.of("i-1");
        Publication scheduled = publications.publish(EDITOR, item, Channel.WEBSITE, "zh", EMBARGO, NOW);
        item.editVersion(EDITOR, "zh", VersionText.of("铜川周在日本", "在姬路城开幕", "<p>正文</p>"), NOW);
        assertThat(publications.catchUp(item, EMBARGO)).isFalse();
        approve(item, "zh");
        assertThat(publications.catchUp(item, EMBARGO.plusSeconds(60))).isTrue();
        assertThat(scheduled.revision()).isEqualTo(2);
    }
}
