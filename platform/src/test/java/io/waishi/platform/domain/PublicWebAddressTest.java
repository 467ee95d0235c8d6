package io.waishi.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicWebAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.yorba-linda.org", "http://www.bonghwa.go.kr/chinese/index.do",
        "https://www.city.seto.aichi.jp/", " https://8.8.8.8/about ", "https://[2001:4860:4860::8888]/",
        "https://100.128.0.1/", "https://172.32.0.1/"})
    void addressesOnThePublicWebAreKept(String address) {
        assertThat(new PublicWebAddress(address).value()).isEqualTo(address.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/actuator", "http://127.0.0.1/", "http://127.1.2.3/",
        "http://10.0.0.8/", "http://172.16.0.1/", "http://172.31.255.255/", "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/", "http://100.64.0.1/", "http://[::1]/",
        "http://[fe80::1]/", "http://[fd00::1]/", "http://[::]/", "http://224.0.0.1/", "http://printer.local/",
        "http://metadata.google.internal/", "http://0x7f000001/", "http://2130706433/", "http://0177.0.0.1/",
        "http://127.000.000.001/"})
    void addressesInsideANetworkAreRefused(String address) {
        assertThatThrownBy(() -> new PublicWebAddress(address)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("public web");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.org/", "gopher://example.org/",
        "javascript:alert(1)", "www.example.org", "https://user:secret@example.org/", "https://", "http://exa mple.org",
        "http://999.1.1.1/",
        " "})
    void onlyHttpAndHttpsWithAHostAndNoCredentials(String address) {
        assertThatThrownBy(() -> new PublicWebAddress(address)).isInstanceOf(IllegalArgumentException.class);
    }
}
