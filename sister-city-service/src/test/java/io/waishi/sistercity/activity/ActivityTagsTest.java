package io.waishi.sistercity.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ActivityTagsTest {

    @Test
    void spellingsOfOneKeywordAreOneTag() {
        assertThat(ActivityTags.normalise(List.of("City Week", "city_week", " CITY-WEEK ", "--city--week--")))
                .containsExactly("city-week");
    }

    @Test
    void keepsLettersOfAnyScriptAndDigits() {
        assertThat(ActivityTags.normalise(List.of("陶瓷", "Expo 2027"))).containsExactly("expo-2027", "陶瓷");
    }

    @Test
    void aTagWithoutALetterOrDigitIsRefused() {
        assertThatThrownBy(() -> ActivityTags.normalise(" -- ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityTags.normalise((String) null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fortyCharactersAllowedFortyOneNot() {
        assertThat(ActivityTags.normalise("a".repeat(40))).hasSize(40);
        assertThatThrownBy(() -> ActivityTags.normalise("a".repeat(41))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twentyTagsAllowedTwentyOneNot() {
        assertThat(ActivityTags.normalise(IntStream.range(0, 20).mapToObj(i -> "t" + i).toList())).hasSize(20);
        assertThatThrownBy(() -> ActivityTags.normalise(IntStream.range(0, 21).mapToObj(i -> "t" + i).toList()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noTagsIsAnEmptyList() {
        assertThat(ActivityTags.normalise((List<String>) null)).isEmpty();
        assertThat(ActivityTags.normalise(Collections.emptyList())).isEmpty();
    }
}
