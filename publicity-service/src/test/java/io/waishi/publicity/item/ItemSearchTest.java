package io.waishi.publicity.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
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
                "pc-1", null)).getCriteriaObject()).containsKeys("kind", "tags", "status", "versions.language",
                        "about.partnerCityId").containsEntry("tags", "culture").containsEntry("versions.language", "en");
    }
}
