package io.waishi.publicity.item;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.publicity.review.ReviewStep;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class ItemSearchTest {

    @Test
    void wordsAreTakenLiterally() {
        String pattern = ItemSearchImpl.literal(".*");
        assertThat(Pattern.compile(pattern).matcher("any title").find()).isFalse();
        assertThat(Pattern.compile(pattern).matcher("a .* title").find()).isTrue();
        String tricky = ItemSearchImpl.literal("a\\E.*(");
        assertThat(Pattern.compile(tricky).matcher("xa\\E.*(y").find()).isTrue();
        assertThat(Pattern.compile(tricky).matcher("abc").find()).isFalse();
    }

    @Test
    void onlyTheFiltersGiven() {
        assertThat(ItemSearchImpl.criteria(ItemSearch.Filter.ALL).getCriteriaObject()).isEmpty();
        assertThat(ItemSearchImpl.criteria(new ItemSearch.Filter(ItemKind.NEWS, " Culture ", ItemStatus.DRAFT, "EN",
                "pc-1", null, null)).getCriteriaObject()).containsKeys("kind", "tags", "status", "versions.language",
                        "about.partnerCityId").containsEntry("tags", "culture").containsEntry("versions.language", "en");
    }

    @Test
    void aReviewersQueueIsTheVersionsWaitingAtTheirStepInTheLanguageAsked() {
        assertThat(ItemSearchImpl.criteria(new ItemSearch.Filter(null, null, null, null, null, null,
                ReviewStep.SECOND_REVIEW)).getCriteriaObject()).containsEntry("versions.review.step",
                        ReviewStep.SECOND_REVIEW);
        // One version both in that language and at that step, not any version in it and another at it.
        Document query = ItemSearchImpl.criteria(new ItemSearch.Filter(null, null, null, "JA", null, null,
                ReviewStep.FINAL_REVIEW)).getCriteriaObject();
        assertThat(query).containsOnlyKeys("versions");
        assertThat((Document) query.get("versions", Document.class).get("$elemMatch"))
                .containsEntry("language", "ja").containsEntry("review.step", ReviewStep.FINAL_REVIEW);
    }
}
