package io.waishi.publicity.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.publicity.item.ItemEvents.ItemDrafted;
import io.waishi.publicity.item.ItemHistory.Act;
import io.waishi.publicity.review.Review;
import io.waishi.publicity.review.ReviewStep;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContentItemTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final Instant LATER = NOW.plusSeconds(3600);
    static final LocalizedText TITLE = LocalizedText.of("铜川周在日本", "Tongchuan Week in Japan");
    static final Actor EDITOR = Actor.of("ma.editor", null, Role.PUBLICITY_EDITOR);
    static final Actor SECTION_HEAD = Actor.of("he.section", null, Role.PUBLICITY_SECTION_HEAD);
    static final Actor LEADER = Actor.of("zhou.leader", null, Role.PUBLICITY_LEADER);
    static final VersionText ZH = VersionText.of("铜川周在日本", "铜川文化周在姬路开幕", "<p>正文第一段</p>");
    static final VersionText EN = VersionText.of("Tongchuan Week in Japan", "Opens in Himeji", "<p>First paragraph</p>");

    static ContentItem drafted() {
        return ContentItem.draft("i-1", EDITOR, new ItemDraft(ItemKind.STORY, List.of("  Culture ", "culture",
                "Sister  City"), List.of(new ImageRef("media/42", LocalizedText.of("开幕式", "Opening"), "Xinhua")),
                new ItemLinks("pc-1", null, null), ZH), NOW);
    }

    static ContentItem translated() {
        ContentItem item = drafted();
        item.addTranslation(EDITOR, "en", EN, "Lisa Translator", Languages.DEFAULT, NOW);
        return item;
    }

    static void approvedThroughAllThree(ContentItem item, String language) {
        item.submit(EDITOR, language, NOW);
        item.approve(EDITOR, language, "初审通过", NOW);
        item.approve(SECTION_HEAD, language, null, NOW);
        item.approve(LEADER, language, "同意发布", NOW);
    }

    @Nested
    class Draft {

        @Test
        void anEditorOpensAnItemInChinese() {
            ContentItem item = drafted();
            assertThat(item.status()).isEqualTo(ItemStatus.DRAFT);
            assertThat(item.draftedBy()).isEqualTo("ma.editor");
            assertThat(item.tags()).containsExactly("culture", "sister city");
            assertThat(item.about().partnerCityId()).isEqualTo("pc-1");
            assertThat(item.versions()).extracting(LanguageVersion::language).containsExactly("zh");
            assertThat(item.version("zh").isSource()).isTrue();
            assertThat(item.version("zh").review().state()).isEqualTo(Review.State.DRAFT);
            assertThat(item.version("zh").revisions()).extracting(Revision::number).containsExactly(1);
            assertThat(item.recordedEvents()).containsExactly(new ItemDrafted("i-1", ItemKind.STORY,
                    LocalizedText.of("铜川周在日本", null), ItemOrigin.manual(), NOW));
        }

        @Test
        void onlyEditorsOpenItems() {
            assertThatThrownBy(() -> ContentItem.draft("i-1", LEADER, new ItemDraft(ItemKind.NEWS, null, null, null,
                    ZH), NOW)).isInstanceOf(ActNotPermittedException.class);
        }

        @Test
        void anEventSuggestsADraftInChineseAndEnglishThatRemembersItsSource() {
            ItemOrigin origin = ItemOrigin.event("waishi.travel.delegation.approved.v1", "e-1", "d-1");
            ContentItem item = ContentItem.suggestedBy("i-2", origin, ItemKind.NEWS, TITLE, null,
                    new ItemLinks(null, null, "d-1"), NOW);
            assertThat(item.origin()).isEqualTo(origin);
            assertThat(item.draftedBy()).isEqualTo(ContentItem.SUGGESTED_BY_SYSTEM);
            assertThat(item.title()).isEqualTo(TITLE);
            assertThat(item.version("en").translator()).isEqualTo(ContentItem.SUGGESTED_BY_SYSTEM);
            assertThat(item.about().delegationId()).isEqualTo("d-1");
            assertThat(item.recordedEvents()).containsExactly(new ItemDrafted("i-2", ItemKind.NEWS, TITLE, origin, NOW));
        }

        @Test
        void aSuggestionNeedsAnEvent() {
            assertThatThrownBy(() -> ContentItem.suggestedBy("i-2", ItemOrigin.manual(), ItemKind.NEWS, TITLE, null,
                    null, NOW)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Translate {

        @Test
        void anEditorAddsATranslationWithItsTranslatorAndOwnReview() {
            ContentItem item = translated();
            LanguageVersion en = item.version("en");
            assertThat(en.translator()).isEqualTo("Lisa Translator");
            assertThat(en.review().state()).isEqualTo(Review.State.DRAFT);
            assertThat(item.title()).isEqualTo(TITLE);
            assertThat(item.history()).extracting(ItemHistory::act).containsExactly(Act.DRAFTED, Act.TRANSLATED);
        }

        @Test
        void refusesALanguageNotOfferedASecondVersionAndAMissingTranslatorAllAtOnce() {
            ContentItem item = translated();
            assertThatThrownBy(() -> item.addTranslation(EDITOR, "en", EN, " ", Languages.of(List.of("zh", "ja")), NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                            .extracting(RuleViolation::code).containsExactly(ItemRules.LANGUAGE_NOT_OFFERED,
                                    ItemRules.VERSION_EXISTS, ItemRules.TRANSLATOR_NEEDED));
        }

        @Test
        void chineseIsTheSourceNotATranslation() {
            assertThatThrownBy(() -> drafted().addTranslation(EDITOR, "zh", ZH, "x", Languages.DEFAULT, NOW))
                    .isInstanceOf(RuleViolationException.class);
        }

        @Test
        void aConfiguredLanguageMayBeAdded() {
            ContentItem item = drafted();
            item.addTranslation(EDITOR, "RU", EN, "Ivan", Languages.of(List.of("zh", "en", "ru")), NOW);
            assertThat(item.version("ru").language()).isEqualTo("ru");
        }

        @Test
        void onlyEditorsTranslate() {
            assertThatThrownBy(() -> drafted().addTranslation(SECTION_HEAD, "en", EN, "x", Languages.DEFAULT, NOW))
                    .isInstanceOf(ActNotPermittedException.class);
        }
    }

    @Nested
    class Revisions {

        @Test
        void everyChangeKeepsThePreviousRevisionAndRestartsTheReview() {
            ContentItem item = drafted();
            item.submit(EDITOR, "zh", NOW);
            VersionText changed = VersionText.of("铜川周在日本开幕", ZH.summary(), "<p>正文第一段</p><p>第二段</p>");
            item.editVersion(EDITOR, "zh", changed, LATER);
            LanguageVersion zh = item.version("zh");
            assertThat(zh.revisions()).extracting(Revision::number).containsExactly(1, 2);
            assertThat(zh.revision(1).text()).isEqualTo(ZH);
            assertThat(zh.revision(2)).isEqualTo(new Revision(2, "ma.editor", LATER, changed));
            assertThat(zh.text()).isEqualTo(changed);
            assertThat(zh.review().state()).isEqualTo(Review.State.DRAFT);
            assertThat(zh.review().revision()).isEqualTo(2);
        }

        @Test
        void theSameTextIsNoNewRevision() {
            ContentItem item = drafted();
            item.editVersion(EDITOR, "zh", VersionText.of(ZH.title(), ZH.summary(), ZH.body()), LATER);
            assertThat(item.version("zh").revisions()).hasSize(1);
        }

        @Test
        void aVersionTheItemDoesNotHaveIsNotFound() {
            assertThatThrownBy(() -> drafted().editVersion(EDITOR, "ja", EN, NOW)).isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class ThreeReviews {

        @Test
        void eachVersionPassesTheThreeReviewsOnItsOwnBeforeItIsPublishable() {
            ContentItem item = translated();
            approvedThroughAllThree(item, "zh");
            assertThat(item.publishable("zh")).isTrue();
            assertThat(item.publishable("en")).isFalse();
            assertThat(item.version("zh").review().decisions()).hasSize(4);
            assertThat(item.history()).extracting(ItemHistory::act).endsWith(Act.SUBMITTED, Act.APPROVED,
                    Act.APPROVED, Act.APPROVED);
        }

        @Test
        void anEditorCannotGiveTheFinalApproval() {
            ContentItem item = drafted();
            item.submit(EDITOR, "zh", NOW);
            item.approve(EDITOR, "zh", null, NOW);
            item.approve(SECTION_HEAD, "zh", null, NOW);
            assertThat(item.version("zh").review().step()).isEqualTo(ReviewStep.FINAL_REVIEW);
            assertThatThrownBy(() -> item.approve(EDITOR, "zh", null, NOW)).isInstanceOf(ActNotPermittedException.class);
            assertThat(item.publishable("zh")).isFalse();
        }

        @Test
        void aSentBackVersionIsRevisedAndSubmittedAgain() {
            ContentItem item = drafted();
            item.submit(EDITOR, "zh", NOW);
            item.approve(EDITOR, "zh", null, NOW);
            item.sendBack(SECTION_HEAD, "zh", "标题不准确", NOW);
            assertThat(item.version("zh").review().state()).isEqualTo(Review.State.SENT_BACK);
            item.editVersion(EDITOR, "zh", VersionText.of("铜川文化周在姬路开幕", null, null), LATER);
            item.submit(EDITOR, "zh", LATER);
            assertThat(item.version("zh").review().step()).isEqualTo(ReviewStep.FIRST_REVIEW);
        }

        @Test
        void aCorrectionOfAnApprovedVersionNeedsTheReviewsAgain() {
            ContentItem item = drafted();
            approvedThroughAllThree(item, "zh");
            item.editVersion(EDITOR, "zh", VersionText.of("铜川周在日本（更正）", ZH.summary(), ZH.body()), LATER);
            assertThat(item.publishable("zh")).isFalse();
            assertThat(item.version("zh").review().state()).isEqualTo(Review.State.DRAFT);
            assertThat(item.history()).extracting(ItemHistory::act).last().isEqualTo(Act.CORRECTED);
        }

        @Test
        void aVersionNotInReviewCannotBeApproved() {
            assertThatThrownBy(() -> drafted().approve(EDITOR, "zh", null, NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class);
        }
    }

    @Nested
    class Retract {

        @Test
        void aLeaderRetractsTheItemWhichHidesItAndKeepsItsHistory() {
            ContentItem item = drafted();
            approvedThroughAllThree(item, "zh");
            item.retract(LEADER, "信息有误", LATER);
            assertThat(item.status()).isEqualTo(ItemStatus.RETRACTED);
            assertThat(item.retractionReason()).isEqualTo("信息有误");
            assertThat(item.publishable("zh")).isFalse();
            assertThat(item.version("zh").revisions()).hasSize(1);
            assertThat(item.history()).extracting(ItemHistory::act).first().isEqualTo(Act.DRAFTED);
            assertThat(item.history()).extracting(ItemHistory::act).last().isEqualTo(Act.RETRACTED);
        }

        @Test
        void onlyALeaderRetracts() {
            assertThatThrownBy(() -> drafted().retract(SECTION_HEAD, "x", NOW))
                    .isInstanceOf(ActNotPermittedException.class);
            assertThatThrownBy(() -> drafted().retract(EDITOR, "x", NOW)).isInstanceOf(ActNotPermittedException.class);
        }

        @Test
        void aRetractionNeedsItsReason() {
            assertThatThrownBy(() -> drafted().retract(LEADER, " ", NOW)).isInstanceOfSatisfying(
                    RuleViolationException.class, e -> assertThat(e.violations()).extracting(RuleViolation::code)
                            .containsExactly(ItemRules.REASON_NEEDED));
        }

        @Test
        void aRetractedItemTakesNoMoreActs() {
            ContentItem item = drafted();
            item.retract(LEADER, "重复稿件", NOW);
            assertThatThrownBy(() -> item.editVersion(EDITOR, "zh", EN, NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class);
            assertThatThrownBy(() -> item.submit(EDITOR, "zh", NOW)).isInstanceOf(ActNotAllowedInStateException.class);
            assertThatThrownBy(() -> item.retract(LEADER, "again", NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class);
        }
    }
}
