package io.waishi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

class PageOfTest {

    @Test
    void sizesAreClampedToOneHundred() {
        assertThat(PageOf.request(0, 100).size()).isEqualTo(100);
        assertThat(PageOf.request(0, 101).size()).isEqualTo(100);
        assertThat(PageOf.request(0, 0).size()).isEqualTo(1);
    }

    @Test
    void pagesAreClampedToTheMaximumDepth() {
        assertThat(PageOf.request(-1, 20).page()).isZero();
        assertThat(PageOf.request(5000, 20).page()).isEqualTo(5000);
        assertThat(PageOf.request(5001, 20).page()).isEqualTo(5000);
        assertThat(PageOf.request(Integer.MAX_VALUE, 100).page()).isEqualTo(1000);
    }

    @Test
    void aStorePageIsShownThroughTheViewWithTheStoresTotal() {
        PageOf.Request request = PageOf.request(1, 2);
        PageOf<String> page = PageOf.of(new PageImpl<>(List.of(3, 4), PageRequest.of(1, 2), 7), request,
                n -> "#" + n);
        assertThat(page).isEqualTo(new PageOf<>(List.of("#3", "#4"), 1, 2, 7));
    }

    @Test
    void aListInMemoryIsCutIntoTheRequestedPageEvenPastItsEnd() {
        List<Integer> seven = IntStream.rangeClosed(1, 7).boxed().toList();
        assertThat(PageOf.of(seven, PageOf.request(0, 3), n -> n * 10))
                .isEqualTo(new PageOf<>(List.of(10, 20, 30), 0, 3, 7));
        assertThat(PageOf.of(seven, PageOf.request(2, 3), n -> n)).isEqualTo(new PageOf<>(List.of(7), 2, 3, 7));
        assertThat(PageOf.of(seven, PageOf.request(3, 3), n -> n)).isEqualTo(new PageOf<>(List.of(), 3, 3, 7));
        assertThat(PageOf.of(seven, PageOf.request(Integer.MAX_VALUE, 100), n -> n).items()).isEmpty();
    }
}
