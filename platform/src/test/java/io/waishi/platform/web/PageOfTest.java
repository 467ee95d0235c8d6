package io.waishi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
