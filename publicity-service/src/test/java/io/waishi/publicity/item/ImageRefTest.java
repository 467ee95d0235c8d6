package io.waishi.publicity.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.LocalizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ImageRefTest {

    @Test
    void anImageByMediaKeyOrPublicHttpsAddress() {
        assertThat(new ImageRef(" media/42 ", LocalizedText.of("开幕式", "Opening"), " Xinhua ").ref())
                .isEqualTo("media/42");
        assertThat(new ImageRef("https://img.example.org/1.jpg", null, null).ref())
                .isEqualTo("https://img.example.org/1.jpg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://img.example.org/1.jpg", "javascript:alert(1)", "data:image/png;base64,AAAA",
        "https://127.0.0.1/x.jpg", "https://localhost/x.jpg", "../../etc/passwd", " "})
    void refusesOtherAddressesAndPrivateHosts(String ref) {
        assertThatThrownBy(() -> new ImageRef(ref, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
